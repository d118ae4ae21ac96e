package io.ardesk.escalation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import io.ardesk.tenancy.FirmProfile;

/**
 * Time counted in the firm's business hours, on business days that are not holidays, in
 * the firm's time zone. A start outside business hours counts from the next opening.
 */
final class BusinessTime {

	/** Ten years of days: a calendar without any business day never ends the loop. */
	private static final int MAX_DAYS = 3660;

	private BusinessTime() {
	}

	/** The instant {@code minutes} business minutes after {@code start}. */
	static Instant plus(Instant start, long minutes, FirmProfile firm) {
		ZoneId zone = firm.timeZone();
		LocalTime opens = firm.businessHoursStart();
		LocalTime closes = firm.businessHoursEnd();
		LocalDateTime at = LocalDateTime.ofInstant(start, zone);
		Duration remaining = Duration.ofMinutes(minutes);
		for (int day = 0; day < MAX_DAYS; day++) {
			LocalDate date = at.toLocalDate();
			if (firm.isBusinessDay(date) && at.toLocalTime().isBefore(closes)) {
				if (at.toLocalTime().isBefore(opens)) {
					at = date.atTime(opens);
				}
				Duration available = Duration.between(at.toLocalTime(), closes);
				if (remaining.compareTo(available) <= 0) {
					return at.plus(remaining).atZone(zone).toInstant();
				}
				remaining = remaining.minus(available);
			}
			at = date.plusDays(1).atTime(opens);
		}
		throw new IllegalStateException("The firm's calendar has no business day within ten years");
	}

	/**
	 * Business minutes from {@code start} to {@code end} (0 when {@code end} is not after
	 * {@code start}): the most minutes whose {@link #plus} does not pass {@code end}.
	 */
	static long between(Instant start, Instant end, FirmProfile firm) {
		if (!end.isAfter(start)) {
			return 0;
		}
		long low = 0;
		long high = Duration.between(start, end).toMinutes();
		while (low < high) {
			long middle = (low + high + 1) >>> 1;
			if (!plus(start, middle, firm).isAfter(end)) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		return low;
	}

	/** Business minutes in one business day. */
	static long minutesPerDay(FirmProfile firm) {
		return Duration.between(firm.businessHoursStart(), firm.businessHoursEnd()).toMinutes();
	}

}

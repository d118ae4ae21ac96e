package io.ardesk.demodata.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

import io.ardesk.demodata.PayerType;

/**
 * How a kind of payer pays: the days from receipt to payment and the weekdays its payment
 * cycle runs on.
 */
enum PayerTerms {

	// Medicare may not pay clean claims before day 14 and usually pays soon after
	MEDICARE(14, 19, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY),

	MEDICARE_ADVANTAGE(18, 32, DayOfWeek.THURSDAY, DayOfWeek.THURSDAY),

	MEDICAID(30, 58, DayOfWeek.WEDNESDAY, DayOfWeek.WEDNESDAY),

	COMMERCIAL(25, 42, DayOfWeek.MONDAY, DayOfWeek.THURSDAY),

	WORKERS_COMP(45, 86, DayOfWeek.FRIDAY, DayOfWeek.FRIDAY),

	MEDIGAP(10, 24, DayOfWeek.WEDNESDAY, DayOfWeek.WEDNESDAY);

	private final int minDays;

	private final int maxDays;

	private final DayOfWeek firstRunDay;

	private final DayOfWeek secondRunDay;

	PayerTerms(int minDays, int maxDays, DayOfWeek firstRunDay, DayOfWeek secondRunDay) {
		this.minDays = minDays;
		this.maxDays = maxDays;
		this.firstRunDay = firstRunDay;
		this.secondRunDay = secondRunDay;
	}

	static PayerTerms of(PayerType type) {
		return switch (type) {
			case MEDICARE -> MEDICARE;
			case MEDICARE_ADVANTAGE -> MEDICARE_ADVANTAGE;
			case MEDICAID -> MEDICAID;
			case COMMERCIAL -> COMMERCIAL;
			case WORKERS_COMP -> WORKERS_COMP;
			case MEDIGAP -> MEDIGAP;
		};
	}

	LocalDate paymentDate(LocalDate received, SplittableRandom random) {
		return nextRunDay(received.plusDays(SeedStreams.between(random, this.minDays, this.maxDays)));
	}

	/**
	 * A payment date with the days to pay at {@code percent} percent, never under a week.
	 */
	LocalDate paymentDate(LocalDate received, SplittableRandom random, int percent) {
		if (percent == 100) {
			return paymentDate(received, random);
		}
		int days = SeedStreams.between(random, this.minDays, this.maxDays) * percent / 100;
		return nextRunDay(received.plusDays(Math.max(5, days)));
	}

	LocalDate nextRunDay(LocalDate date) {
		LocalDate day = date;
		while (day.getDayOfWeek() != this.firstRunDay && day.getDayOfWeek() != this.secondRunDay) {
			day = day.plusDays(1);
		}
		return day;
	}

}

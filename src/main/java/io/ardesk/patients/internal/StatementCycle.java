package io.ardesk.patients.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The monthly statement cycle of a practice: the cycle of month M starts on its cycle day
 * (the month's last day when the month is shorter) and lasts until the next one starts.
 */
final class StatementCycle {

	/**
	 * The scheduled run may catch up this many days after the cycle day, when the portal
	 * was down on the day itself.
	 */
	static final int CATCH_UP_DAYS = 6;

	private StatementCycle() {
	}

	/** The cycle the day belongs to. */
	static YearMonth of(LocalDate day, int cycleDay) {
		YearMonth month = YearMonth.from(day);
		return day.isBefore(start(month, cycleDay)) ? month.minusMonths(1) : month;
	}

	/** The day the cycle starts. */
	static LocalDate start(YearMonth cycle, int cycleDay) {
		return cycle.atDay(Math.min(cycleDay, cycle.lengthOfMonth()));
	}

	/**
	 * The scheduled run of the day's cycle is due: on its cycle day or a few days after.
	 */
	static boolean scheduledRunDue(LocalDate day, int cycleDay) {
		LocalDate start = start(of(day, cycleDay), cycleDay);
		return !day.isAfter(start.plusDays(CATCH_UP_DAYS));
	}

}

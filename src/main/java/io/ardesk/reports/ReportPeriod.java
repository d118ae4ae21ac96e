package io.ardesk.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ardesk.shared.problem.InvalidInputException;

/**
 * The period a report covers, both ends included: an ISO week (Monday to Sunday, key
 * {@code 2026-W47}) or a calendar month (key {@code 2026-11}).
 */
public record ReportPeriod(ReportKind kind, String key, LocalDate from, LocalDate to) {

	private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");

	private static final Pattern MONTH = Pattern.compile("^\\d{4}-\\d{2}$");

	/**
	 * @throws InvalidInputException naming {@code week} unless it is an ISO week such as
	 * {@code 2026-W47} that exists in its year
	 */
	public static ReportPeriod week(String value) {
		Matcher matcher = WEEK.matcher(value.strip());
		if (!matcher.matches()) {
			throw new InvalidInputException("week", "Write the week as an ISO week such as 2026-W47.");
		}
		int year = Integer.parseInt(matcher.group(1));
		int week = Integer.parseInt(matcher.group(2));
		LocalDate fourthOfJanuary = LocalDate.of(Math.max(year, 1900), 1, 4);
		long weeks = fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
		if (year < 1900 || week < 1 || week > weeks) {
			throw new InvalidInputException("week",
					"There is no week " + value.strip() + ": " + year + " has weeks 01 to " + weeks + ".");
		}
		return ofWeek(fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
	}

	/**
	 * @throws InvalidInputException naming {@code month} unless it is a month such as
	 * {@code 2026-11}
	 */
	public static ReportPeriod month(String value) {
		String trimmed = value.strip();
		try {
			if (!MONTH.matcher(trimmed).matches()) {
				throw new DateTimeParseException("pattern", trimmed, 0);
			}
			YearMonth month = YearMonth.parse(trimmed);
			if (month.getYear() < 1900) {
				throw new DateTimeParseException("year", trimmed, 0);
			}
			return ofMonth(month);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "Write the month as YYYY-MM, such as 2026-11.");
		}
	}

	/** The ISO week that holds the date. */
	public static ReportPeriod ofWeek(LocalDate day) {
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		String key = "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		return new ReportPeriod(ReportKind.WEEKLY, key, monday, monday.plusDays(6));
	}

	public static ReportPeriod ofMonth(YearMonth month) {
		return new ReportPeriod(ReportKind.MONTHLY, month.toString(), month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * The latest period of the kind that ended at least {@code delayDays} days before
	 * {@code today}: the one a report is built for, late postings included.
	 */
	public static ReportPeriod lastClosed(ReportKind kind, LocalDate today, int delayDays) {
		LocalDate cutoff = today.minusDays(Math.max(delayDays, 0));
		return switch (kind) {
			case WEEKLY -> ofWeek(cutoff.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)));
			case MONTHLY -> ofMonth(YearMonth.from(cutoff.plusDays(1)).minusMonths(1));
		};
	}

	/** How the period reads, e.g. "Week 2026-W47" or "November 2026". */
	public String title() {
		if (this.kind == ReportKind.WEEKLY) {
			return "Week " + this.key;
		}
		return this.from.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US) + " "
				+ this.from.getYear();
	}

}

package io.ardesk.shared.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How the portal writes money, dates and shares: US conventions, two decimals for money.
 */
public final class Formats {

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

	private static final DateTimeFormatter US_DATE_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm a", Locale.US);

	private Formats() {
	}

	public static String money(@Nullable BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		// What NumberFormat.getCurrencyInstance(Locale.US) writes ("$1,234.56",
		// "-$1,234.56"), without building a NumberFormat for every amount: imports
		// write amounts into thousands of history lines.
		BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
		String digits = rounded.abs().toPlainString();
		int point = digits.length() - 3;
		StringBuilder text = new StringBuilder(digits.length() + 6);
		if (rounded.signum() < 0) {
			text.append('-');
		}
		text.append('$');
		for (int i = 0; i < point; i++) {
			if (i > 0 && (point - i) % 3 == 0) {
				text.append(',');
			}
			text.append(digits.charAt(i));
		}
		return text.append(digits, point, digits.length()).toString();
	}

	public static String date(@Nullable LocalDate date) {
		return (date != null) ? US_DATE.format(date) : "";
	}

	/** A moment as a person in {@code zone} reads it, for example 03/04/2026 2:15 PM. */
	public static String dateTime(@Nullable Instant moment, ZoneId zone) {
		return (moment != null) ? US_DATE_TIME.format(moment.atZone(zone)) : "";
	}

	/** A count with thousands separators, for example 1,234. */
	public static String count(long value) {
		return NumberFormat.getIntegerInstance(Locale.US).format(value);
	}

	public static String percent(@Nullable BigDecimal value) {
		return (value != null) ? value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %" : "";
	}

}

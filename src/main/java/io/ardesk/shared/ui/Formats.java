package io.ardesk.shared.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How the portal writes money, dates and shares: US conventions, two decimals for money.
 */
public final class Formats {

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

	private Formats() {
	}

	public static String money(@Nullable BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount.setScale(2, RoundingMode.HALF_UP));
	}

	public static String date(@Nullable LocalDate date) {
		return (date != null) ? US_DATE.format(date) : "";
	}

	public static String percent(@Nullable BigDecimal value) {
		return (value != null) ? value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %" : "";
	}

}

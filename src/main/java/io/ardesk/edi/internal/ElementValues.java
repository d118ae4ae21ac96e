package io.ardesk.edi.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;

/**
 * Converts X12 element text into values. Money stays exactly as written (BigDecimal from
 * the text, never a double).
 */
final class ElementValues {

	private static final java.util.regex.Pattern EIGHT_DIGITS = java.util.regex.Pattern.compile("\\d{8}");

	private static final java.util.regex.Pattern SIX_DIGITS = java.util.regex.Pattern.compile("\\d{6}");

	/** Money columns are numeric(14,2). */
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	/** Unit columns are numeric(10,3). */
	private static final BigDecimal MAX_QUANTITY = new BigDecimal("10000000");

	private static final int MAX_DECIMALS = 6;

	/** Two-digit years (4010 YYMMDD) below this are read as 20YY, the rest as 19YY. */
	private static final int TWO_DIGIT_YEAR_PIVOT = 50;

	private ElementValues() {
	}

	static String required(Segment segment, int number, String meaning) {
		String value = segment.element(number).strip();
		if (value.isEmpty()) {
			throw missing(segment, number, meaning);
		}
		return value;
	}

	static @Nullable String optional(Segment segment, int number) {
		String value = segment.element(number).strip();
		return value.isEmpty() ? null : value;
	}

	static BigDecimal requiredAmount(Segment segment, int number, String meaning) {
		return amount(segment, number, required(segment, number, meaning), meaning);
	}

	static @Nullable BigDecimal optionalAmount(Segment segment, int number, String meaning) {
		String text = optional(segment, number);
		return (text != null) ? amount(segment, number, text, meaning) : null;
	}

	static BigDecimal amount(Segment segment, int number, String text, String meaning) {
		return decimal(segment, number, text, meaning, MAX_AMOUNT);
	}

	/** A quantity (units): the ledger keeps up to 9,999,999.999. */
	static @Nullable BigDecimal optionalQuantity(Segment segment, int number, String meaning) {
		String text = optional(segment, number);
		return (text != null) ? decimal(segment, number, text, meaning, MAX_QUANTITY) : null;
	}

	/**
	 * A decimal the ledger can hold: below the bound and with at most six decimals (a
	 * value such as {@code 1E-999999999} parses, but no column takes it).
	 */
	private static BigDecimal decimal(Segment segment, int number, String text, String meaning, BigDecimal bound) {
		BigDecimal value;
		try {
			value = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new MalformedFileException(new FileIssue(name(segment, number) + " (" + meaning + ") is not a number",
					segment.id(), segment.position()));
		}
		if (value.abs().compareTo(bound) >= 0 || value.scale() > MAX_DECIMALS) {
			throw new MalformedFileException(new FileIssue(name(segment, number) + " (" + meaning
					+ ") is out of range: at most " + bound.subtract(BigDecimal.ONE).toPlainString() + " with up to "
					+ MAX_DECIMALS + " decimals", segment.id(), segment.position()));
		}
		return value;
	}

	/**
	 * Reads a CCYYMMDD (or 4010 YYMMDD) date. An impossible date is a warning, not a
	 * reason to refuse the file: published payer samples carry dates like month 23.
	 */
	static @Nullable LocalDate date(Segment segment, String text, Warnings warnings) {
		String digits = text.strip();
		if (digits.isEmpty()) {
			return null;
		}
		try {
			if (EIGHT_DIGITS.matcher(digits).matches()) {
				return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
						Integer.parseInt(digits.substring(6, 8)));
			}
			if (SIX_DIGITS.matcher(digits).matches()) {
				int year = Integer.parseInt(digits.substring(0, 2));
				return LocalDate.of(((year < TWO_DIGIT_YEAR_PIVOT) ? 2000 : 1900) + year,
						Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
			}
		}
		catch (DateTimeException ex) {
			// reported below like any other unreadable date
		}
		// the value itself is left out: it may be a date of birth
		warnings.add("A date is not a valid calendar date and was ignored", segment);
		return null;
	}

	static MalformedFileException missing(Segment segment, int number, String meaning) {
		return new MalformedFileException(new FileIssue(name(segment, number) + " (" + meaning + ") is missing",
				segment.id(), segment.position()));
	}

	private static String name(Segment segment, int number) {
		return segment.id() + String.format("%02d", number);
	}

}

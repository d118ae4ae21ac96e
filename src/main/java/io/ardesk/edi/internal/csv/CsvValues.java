package io.ardesk.edi.internal.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the typed values of a claims export. Each method throws
 * {@link IllegalArgumentException} whose message completes "column X ..." and never
 * repeats the value, because the value may be PHI.
 */
public final class CsvValues {

	/** M/D/YYYY with one or two digit month and day; two-digit years are refused. */
	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern US_DATE_SHAPE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

	private static final Pattern ISO_DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** 1234.5, 1,234.50, $1,234.50, -$5 (grouping commas only in groups of three). */
	private static final Pattern MONEY = Pattern
		.compile("-?\\$?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?|-?\\$?\\.\\d{1,2}");

	/** Money columns are numeric(14,2). */
	private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");

	private static final Pattern UNITS = Pattern.compile("\\d{1,7}(\\.\\d{1,3})?");

	private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");

	private static final Pattern PROCEDURE = Pattern.compile("[A-Z0-9]{5}");

	private static final Pattern REVENUE = Pattern.compile("\\d{3,4}");

	private static final Pattern NPI = Pattern.compile("\\d{10}");

	private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

	private static final Pattern ZIP = Pattern.compile("(\\d{5})(-?(\\d{4}))?");

	private CsvValues() {
	}

	/** US (MM/DD/YYYY, M/D/YYYY) or ISO (YYYY-MM-DD). */
	public static LocalDate date(String text) {
		try {
			if (US_DATE_SHAPE.matcher(text).matches()) {
				return LocalDate.parse(text, US_DATE);
			}
			if (ISO_DATE_SHAPE.matcher(text).matches()) {
				return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
			}
		}
		catch (DateTimeParseException ex) {
			// falls through to the common message: the shape was right but the day does
			// not exist
		}
		throw new IllegalArgumentException("is not a date; use MM/DD/YYYY or YYYY-MM-DD");
	}

	/** An exact amount with two decimals; currency sign and grouping commas allowed. */
	public static BigDecimal money(String text) {
		String compact = text.replace(" ", "");
		if (!MONEY.matcher(compact).matches()) {
			throw new IllegalArgumentException("is not an amount of money (for example 1,234.50)");
		}
		BigDecimal amount = new BigDecimal(compact.replace("$", "").replace(",", "")).setScale(2);
		if (amount.abs().compareTo(MAX_MONEY) >= 0) {
			throw new IllegalArgumentException("is larger than the ledger holds (at most 999,999,999,999.99)");
		}
		return amount;
	}

	public static BigDecimal units(String text) {
		if (!UNITS.matcher(text).matches()) {
			throw new IllegalArgumentException("is not a number of units");
		}
		BigDecimal units = new BigDecimal(text);
		if (units.signum() == 0) {
			throw new IllegalArgumentException("must be more than zero");
		}
		return units;
	}

	/**
	 * Up to four two-character modifiers separated by colons, spaces, commas or pipes.
	 */
	public static List<String> modifiers(String text) {
		List<String> modifiers = Arrays.stream(text.toUpperCase(Locale.ROOT).split("[:\\s,|]+"))
			.filter((modifier) -> !modifier.isEmpty())
			.toList();
		if (modifiers.size() > 4 || !modifiers.stream().allMatch((modifier) -> MODIFIER.matcher(modifier).matches())) {
			throw new IllegalArgumentException("must be up to four two-character modifiers such as 25:59");
		}
		return modifiers;
	}

	/** A five-character CPT or HCPCS code. */
	public static String procedureCode(String text) {
		String code = text.toUpperCase(Locale.ROOT);
		if (!PROCEDURE.matcher(code).matches()) {
			throw new IllegalArgumentException("is not a five-character CPT or HCPCS code");
		}
		return code;
	}

	/**
	 * Revenue codes are four digits; spreadsheets drop the leading zero (450 for 0450).
	 */
	public static String revenueCode(String text) {
		if (!REVENUE.matcher(text).matches()) {
			throw new IllegalArgumentException("is not a revenue code (four digits such as 0450)");
		}
		return (text.length() == 3) ? "0" + text : text;
	}

	public static String npi(String text) {
		if (!NPI.matcher(text).matches()) {
			throw new IllegalArgumentException("is not an NPI (ten digits)");
		}
		return text;
	}

	/**
	 * The NPI check digit (Luhn over the number prefixed with 80840). A failure is only a
	 * warning: the claim was already sent, and the payer's answer will tell.
	 */
	public static boolean npiCheckDigitMatches(String npi) {
		String digits = "80840" + npi;
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				digit = (digit > 9) ? digit - 9 : digit;
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	/** A two-letter US state or territory code such as CO. */
	public static String state(String text) {
		String state = text.toUpperCase(Locale.ROOT);
		if (!STATE.matcher(state).matches()) {
			throw new IllegalArgumentException("is not a two-letter state code such as CO");
		}
		return state;
	}

	/** A five-digit ZIP code or ZIP+4, written 80204 or 80204-1234. */
	public static String zip(String text) {
		java.util.regex.Matcher zip = ZIP.matcher(text);
		if (!zip.matches()) {
			throw new IllegalArgumentException("is not a ZIP code (five digits, or ZIP+4 such as 80204-1234)");
		}
		return (zip.group(3) != null) ? zip.group(1) + "-" + zip.group(3) : zip.group(1);
	}

	/** Nine digits, written 12-3456789 or 123456789. */
	public static String taxId(String text) {
		String digits = text.replace("-", "");
		if (!digits.matches("\\d{9}")) {
			throw new IllegalArgumentException("is not a tax id (nine digits such as 12-3456789)");
		}
		return digits;
	}

	/** P, S or T (or the words primary, secondary, tertiary). */
	public static String responsibility(String text) {
		return switch (text.toUpperCase(Locale.ROOT)) {
			case "P", "PRIMARY" -> "P";
			case "S", "SECONDARY" -> "S";
			case "T", "TERTIARY" -> "T";
			default -> throw new IllegalArgumentException("must be P, S or T");
		};
	}

	/** CLM05-3: 1 original, 7 replacement, 8 void (other single digits are passed on). */
	public static String frequencyCode(String text) {
		if (!text.matches("[1-9]")) {
			throw new IllegalArgumentException("must be a single digit such as 1, 7 or 8");
		}
		return text;
	}

}

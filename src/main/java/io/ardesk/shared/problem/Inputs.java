package io.ardesk.shared.problem;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The checks every service applies to free text from users and partners before it reaches
 * a column: present when required, trimmed, no longer than the column, no control
 * characters that PostgreSQL refuses. Each failure names the field and says what to do.
 */
public final class Inputs {

	/** The earliest date any field accepts: nothing in a US medical ledger is older. */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

	/** The latest date any field accepts. */
	public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

	private Inputs() {
	}

	/**
	 * @throws InvalidInputException if the date lies outside
	 * {@link #EARLIEST_DATE}..{@link #LATEST_DATE} (a typo such as year 20026, or a
	 * tampered request)
	 */
	public static LocalDate date(LocalDate value, String field, String label) {
		if (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE)) {
			throw new InvalidInputException(field,
					label + " must be between " + EARLIEST_DATE + " and " + LATEST_DATE + ".");
		}
		return value;
	}

	/**
	 * @param field the field as the API names it (e.g. {@code repName})
	 * @param label the field as a person reads it (e.g. "The rep name")
	 * @return the trimmed text
	 * @throws InvalidInputException if the text is blank, too long or holds a NUL
	 */
	public static String required(@Nullable String value, String field, String label, int maxLength) {
		String text = optional(value, field, label, maxLength);
		if (text == null) {
			throw new InvalidInputException(field, label + " is required.");
		}
		return text;
	}

	/**
	 * @return the trimmed text, or {@code null} when blank
	 * @throws InvalidInputException if the text is too long or holds a NUL
	 */
	public static @Nullable String optional(@Nullable String value, String field, String label, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > maxLength) {
			throw new InvalidInputException(field,
					label + " is longer than " + maxLength + " characters (" + text.length() + ").");
		}
		if (text.indexOf('\0') >= 0) {
			throw new InvalidInputException(field, label + " contains a character that cannot be stored.");
		}
		return text;
	}

	/**
	 * @throws InvalidInputException if the number lies outside {@code min..max}
	 */
	public static int within(int value, int min, int max, String field, String label) {
		if (value < min || value > max) {
			throw new InvalidInputException(field, label + " must be between " + min + " and " + max + ".");
		}
		return value;
	}

}

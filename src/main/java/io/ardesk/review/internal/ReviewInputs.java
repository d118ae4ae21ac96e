package io.ardesk.review.internal;

import java.time.LocalDate;

import io.ardesk.review.WeeklyReviews;
import io.ardesk.shared.problem.Inputs;
import io.ardesk.shared.problem.RuleViolationException;
import org.jspecify.annotations.Nullable;

/** The checks on what a reviewer types, each naming the field it refuses (422). */
final class ReviewInputs {

	private ReviewInputs() {
	}

	static String text(@Nullable String value) {
		String text = (value != null) ? value.strip() : "";
		if (text.isEmpty()) {
			throw new RuleViolationException("text", "Write what was decided or what is to be done.");
		}
		if (text.length() > WeeklyReviews.MAX_TEXT) {
			throw new RuleViolationException("text",
					"The text is longer than " + WeeklyReviews.MAX_TEXT + " characters (" + text.length() + ").");
		}
		if (text.indexOf('\0') >= 0) {
			throw new RuleViolationException("text", "The text contains a character that cannot be stored.");
		}
		return text;
	}

	static LocalDate due(@Nullable LocalDate value) {
		if (value == null) {
			throw new RuleViolationException("due", "Give the date the item is due.");
		}
		if (value.isBefore(Inputs.EARLIEST_DATE) || value.isAfter(Inputs.LATEST_DATE)) {
			throw new RuleViolationException("due",
					"The due date must be between " + Inputs.EARLIEST_DATE + " and " + Inputs.LATEST_DATE + ".");
		}
		return value;
	}

}

package io.ardesk.patients;

import org.jspecify.annotations.Nullable;

/**
 * Which patient accounts to list: optionally only those due a given reminder level, and
 * with or without the ones already in collections. The list is capped at {@code limit},
 * oldest balances first.
 */
public record PatientAccountFilter(@Nullable ReminderLevel reminderDue, @Nullable Boolean inCollections, int limit) {

	public static final int MAX_LIMIT = 1000;

	public PatientAccountFilter {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new io.ardesk.shared.problem.InvalidInputException("limit",
					"limit must be between 1 and " + MAX_LIMIT + ".");
		}
	}

	public static PatientAccountFilter all(int limit) {
		return new PatientAccountFilter(null, null, limit);
	}

}

package io.ardesk.patients;

import io.ardesk.shared.problem.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which patient accounts to list: optionally only those due a given letter today, with or
 * without the ones already in collections, and only those without a mailing address. The
 * list is capped at {@code limit}, oldest balances first.
 */
public record PatientAccountFilter(@Nullable ReminderLevel letterDue, @Nullable Boolean inCollections,
		@Nullable Boolean addressMissing, int limit) {

	public static final int MAX_LIMIT = 1000;

	public PatientAccountFilter {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
		}
	}

	public static PatientAccountFilter all(int limit) {
		return new PatientAccountFilter(null, null, null, limit);
	}

}

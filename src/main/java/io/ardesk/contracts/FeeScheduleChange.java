package io.ardesk.contracts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One audited change of a fee schedule row: who, when, the old and the new value.
 *
 * @param feeScheduleId the row changed (it may since have been deleted)
 */
public record FeeScheduleChange(long id, @Nullable Long feeScheduleId, Action action, String changedBy,
		Instant changedAt, @Nullable String oldValue, @Nullable String newValue) {

	public enum Action {

		/** Entered in the grid. */
		ADDED,
		/** Its amount or period changed, in the grid or by an import. */
		CHANGED, DELETED,
		/** Added by a CSV import. */
		IMPORTED

	}

}

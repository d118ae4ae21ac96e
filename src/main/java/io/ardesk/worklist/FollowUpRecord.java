package io.ardesk.worklist;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A logged follow-up. */
public record FollowUpRecord(long id, Instant loggedAt, String loggedBy, FollowUpChannel channel,
		@Nullable String repName, @Nullable String callReference, FollowUpOutcome outcome, @Nullable String note,
		boolean internal, LocalDate nextActionDate) {
}

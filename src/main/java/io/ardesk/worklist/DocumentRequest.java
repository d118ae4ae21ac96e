package io.ardesk.worklist;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Records the firm needs from the client practice to work a claim (operative notes, an
 * authorization number); the practice's own viewers answer it.
 */
public record DocumentRequest(long id, String claimNumber, String requestedBy, Instant requestedAt, String whatIsNeeded,
		LocalDate dueDate, Status status, @Nullable String answer, @Nullable String answeredBy,
		@Nullable Instant answeredAt) {

	public enum Status {

		OPEN, ANSWERED

	}

}

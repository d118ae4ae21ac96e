package io.ardesk.worklist;

import java.math.BigDecimal;
import java.time.Instant;

import io.ardesk.claims.ResponsibleParty;
import org.jspecify.annotations.Nullable;

/**
 * A write-off a specialist asked for. Balances change only when an account manager
 * approves it; each request is decided once.
 */
public record WriteOffRequest(long id, String claimNumber, String requestedBy, Instant requestedAt, BigDecimal amount,
		ResponsibleParty from, String reason, Status status, @Nullable String decidedBy, @Nullable Instant decidedAt,
		@Nullable String decisionNote) {

	public enum Status {

		PENDING, APPROVED, REJECTED

	}

}

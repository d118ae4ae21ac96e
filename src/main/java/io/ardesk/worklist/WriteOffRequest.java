package io.ardesk.worklist;

import java.math.BigDecimal;
import java.time.Instant;

import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.claims.ResponsibleParty;
import org.jspecify.annotations.Nullable;

/**
 * A write-off a specialist asked for. Balances change only when an account manager
 * approves it; each request is decided once. A patient-balance adjustment within the
 * client's small-balance limit posts at once ({@link Status#POSTED}).
 */
public record WriteOffRequest(long id, String claimNumber, String requestedBy, Instant requestedAt, BigDecimal amount,
		ResponsibleParty from, String reason, Status status, @Nullable String decidedBy, @Nullable Instant decidedAt,
		@Nullable String decisionNote) {

	public enum Status {

		PENDING, APPROVED, REJECTED, POSTED

	}

	/** The write-off view of a money-move request of kind write-off. */
	public static WriteOffRequest of(MoneyMoveRequest request) {
		return new WriteOffRequest(request.id(), request.subject(), request.requestedBy(), request.requestedAt(),
				request.move().amount(),
				(request.move().from() != null) ? request.move().from() : ResponsibleParty.INSURANCE,
				(request.move().reason() != null) ? request.move().reason() : "",
				Status.valueOf(request.status().name()), request.decidedBy(), request.decidedAt(),
				request.decisionNote());
	}

}

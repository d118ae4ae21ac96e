package io.ardesk.approvals;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A money move as recorded: pending until a second person decides it, or posted at once
 * when within the client's small-balance limit.
 *
 * @param subject what the move is about, for people: the claim number, or the patient's
 * account number
 */
public record MoneyMoveRequest(long id, MoneyMove move, String subject, String requestedBy, Instant requestedAt,
		Status status, @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote) {

	public enum Status {

		/** Waiting for an account manager or firm administrator. */
		PENDING,
		/** Approved by someone other than the requester, and posted. */
		APPROVED,
		/** Refused; nothing was posted. */
		REJECTED,
		/** Within the small-balance limit: posted at once, no second person needed. */
		POSTED;

		public boolean decided() {
			return this != PENDING;
		}

	}

	public boolean pending() {
		return this.status == Status.PENDING;
	}

}

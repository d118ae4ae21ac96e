package io.ardesk.patients;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What became of a patient payment: posted (spread over the claims as listed), or, above
 * the client's small-balance limit, a request waiting for a manager's approval.
 *
 * @param applied where the payment went, oldest claim first; empty while pending
 * @param pendingRequestId the approval request, when the payment waits for one
 */
public record PaymentOutcome(List<AppliedPayment> applied, @Nullable Long pendingRequestId) {

	public boolean pending() {
		return this.pendingRequestId != null;
	}

}

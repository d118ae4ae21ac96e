package io.ardesk.remittance;

import io.ardesk.tenancy.ClientId;

/**
 * Resolving the claim payments no claim matched when their remittance was posted: match
 * one to the right claim (its amounts are then posted to that claim) or dismiss it with a
 * reason (for example a patient of another practice, returned to the payer). Both are
 * recorded.
 */
public interface UnmatchedPayments {

	/** The longest reason for a dismissal. */
	int MAX_DISMISS_REASON = 500;

	/**
	 * Posts the payment to the claim.
	 * @throws io.ardesk.shared.problem.NotFoundException if the payment is not an open
	 * unmatched payment
	 * @throws io.ardesk.shared.problem.RuleViolationException naming {@code claimNumber}
	 * if the client has no such claim
	 */
	void match(ClientId client, long paymentId, String claimNumber);

	/**
	 * Closes the payment without posting it.
	 * @throws io.ardesk.shared.problem.InvalidInputException naming {@code reason} if it
	 * is missing or longer than {@link #MAX_DISMISS_REASON}
	 */
	void dismiss(ClientId client, long paymentId, String reason);

}

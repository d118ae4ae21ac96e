package io.ardesk.remittance;

import io.ardesk.tenancy.ClientId;

/**
 * Resolving the claim payments no claim matched when their remittance was posted: match
 * one to the right claim (its amounts are then posted to that claim) or dismiss it with a
 * reason (for example a patient of another practice, returned to the payer). Both are
 * recorded.
 */
public interface UnmatchedPayments {

	/**
	 * Posts the payment to the claim.
	 * @throws IllegalArgumentException if the payment is not unmatched or the claim does
	 * not exist
	 */
	void match(ClientId client, long paymentId, String claimNumber);

	/** Closes the payment without posting it. */
	void dismiss(ClientId client, long paymentId, String reason);

}

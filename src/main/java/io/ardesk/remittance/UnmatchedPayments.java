package io.ardesk.remittance;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Resolving the claim payments no claim matched when their remittance was posted: match
 * one to the right claim (its amounts are then posted to that claim, with the same checks
 * as on import) or dismiss it with a reason (for example a patient of another practice,
 * returned to the payer). Both are recorded.
 */
public interface UnmatchedPayments {

	/** The longest reason for a dismissal. */
	int MAX_DISMISS_REASON = 500;

	/**
	 * Posts the payment to the claim; a payment that does not balance, a reversal without
	 * its original, or one that would make a balance negative is moved to the posting
	 * exceptions instead.
	 * @throws io.ardesk.shared.problem.NotFoundException if the payment is not an open
	 * unmatched payment or there is no such claim
	 */
	Matched match(ClientId client, long paymentId, String claimNumber);

	/**
	 * Closes the payment without posting it.
	 * @throws io.ardesk.shared.problem.InvalidInputException naming {@code reason} if it
	 * is missing or longer than {@link #MAX_DISMISS_REASON}
	 */
	void dismiss(ClientId client, long paymentId, String reason);

	/**
	 * @param posted whether the amounts reached the claim
	 * @param heldBecause why it was held as a posting exception instead
	 */
	record Matched(boolean posted, @Nullable String heldBecause) {
	}

}

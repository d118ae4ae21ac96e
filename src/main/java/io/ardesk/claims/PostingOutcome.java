package io.ardesk.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What {@link ClaimPostings#apply} did.
 *
 * @param held decisions not posted, with why
 * @param sequences for each posted claim payment id, which of the claim's payers it was
 * posted as: P, S or T
 */
public record PostingOutcome(List<Held> held, Map<Long, String> sequences) {

	/**
	 * A decision held back: the claim is left as it was.
	 *
	 * @param difference by how much a balance would have gone below zero
	 */
	public record Held(long claimPaymentId, long claimId, String problem, BigDecimal difference) {
	}

}

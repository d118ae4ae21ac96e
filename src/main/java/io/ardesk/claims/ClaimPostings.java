package io.ardesk.claims;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * How remittance posting reaches the ledger, inside the caller's import transaction: find
 * the claims a remittance names, and apply payer decisions to their balances.
 */
public interface ClaimPostings {

	/**
	 * Finds claims by claim number (patient control number), then by payer claim number,
	 * for the numbers given. Keys of the answer are the numbers as asked.
	 */
	Matches match(ClientId client, Collection<String> claimNumbers, Collection<String> payerClaimNumbers);

	/**
	 * Applies decisions in order: each one by the payer's place among the claim's payers
	 * (primary, secondary, tertiary), recorded in the claim's history and journal. In
	 * {@link PostingMode#HOLD_PROBLEMS} the decisions of a claim that would leave a
	 * balance negative, without being a true overpayment, are all held back and the claim
	 * is left as it was.
	 */
	PostingOutcome apply(ClientId client, List<Adjudication> adjudications, ImportOrigin origin, PostingMode mode);

	/** The payer with this payer id (or name), created when first seen. */
	long payer(ClientId client, String name, @Nullable String externalId, @Nullable String filingIndicator);

	record Matches(Map<String, Long> byClaimNumber, Map<String, Long> byPayerClaimNumber) {

		public @Nullable Long find(String claimNumber, @Nullable String payerClaimNumber) {
			Long id = this.byClaimNumber.get(claimNumber);
			if (id == null && payerClaimNumber != null) {
				id = this.byPayerClaimNumber.get(payerClaimNumber);
			}
			return id;
		}

	}

}

package io.ardesk.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What one payer decision does to a claim's balances. Amounts are signed: a reversal
 * carries negative amounts and undoes an earlier decision.
 *
 * @param statusCode CLP02
 * @param payerPaid paid by the payer
 * @param contractual contractual adjustments (reduce the insurance balance)
 * @param otherAdjusted other balance-reducing adjustments
 * @param movedToPatient patient responsibility (moves from the insurance to the patient
 * balance)
 * @param denied denied amounts; they stay in the insurance balance until a person acts
 * @param summary one line for the claim's history
 */
public record Adjudication(long claimId, String statusCode, long payerId, @Nullable String payerClaimNumber,
		BigDecimal payerPaid, BigDecimal contractual, BigDecimal otherAdjusted, BigDecimal movedToPatient,
		BigDecimal denied, @Nullable String denialCategory, @Nullable String denialReason,
		@Nullable LocalDate adjudicatedOn, String summary) {

	public boolean isReversal() {
		return "22".equals(this.statusCode);
	}

	public boolean isCrossover() {
		return "19".equals(this.statusCode) || "20".equals(this.statusCode) || "21".equals(this.statusCode);
	}

}

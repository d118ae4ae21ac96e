package io.ardesk.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What one payer decision (a CLP of an 835) does to a claim's balances. Amounts are
 * signed; a reversal names the claim payment it takes back and undoes exactly what that
 * one posted.
 *
 * @param claimPaymentId the claim payment this decision comes from (the journal's source)
 * @param statusCode CLP02
 * @param payerPaid paid by the payer (CLP04)
 * @param contractual contractual adjustments (reduce the insurance balance)
 * @param otherAdjusted other balance-reducing adjustments
 * @param patientResponsibility PR adjustments: move to the patient, or wait for the next
 * payer
 * @param denied denied amounts; they stay open in the insurance balance until a person
 * acts
 * @param effectiveOn the date the decision takes effect (the payment date)
 * @param reverses for a matched reversal, the claim payment it takes back
 * @param summary one line for the claim's history
 */
public record Adjudication(long claimId, long claimPaymentId, String statusCode, long payerId,
		@Nullable String payerClaimNumber, BigDecimal payerPaid, BigDecimal contractual, BigDecimal otherAdjusted,
		BigDecimal patientResponsibility, BigDecimal denied, @Nullable String denialCategory,
		@Nullable String denialReason, LocalDate effectiveOn, @Nullable Long reverses, String summary) {

	public boolean isReversal() {
		return "22".equals(this.statusCode);
	}

	public boolean isCrossover() {
		return "19".equals(this.statusCode) || "20".equals(this.statusCode) || "21".equals(this.statusCode);
	}

	/** A denial outright (CLP02=4). */
	public boolean isDenial() {
		return "4".equals(this.statusCode);
	}

	/** The payer sequence CLP02 states, if it states one: P, S or T. */
	public @Nullable String statedSequence() {
		return switch (this.statusCode) {
			case "1", "19" -> "P";
			case "2", "20" -> "S";
			case "3", "21" -> "T";
			default -> null;
		};
	}

}

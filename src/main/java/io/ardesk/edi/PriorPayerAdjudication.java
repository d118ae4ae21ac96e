package io.ardesk.edi;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Another payer of the claim, as the 837 reports it (loops 2320/2330B/2430): on a claim
 * to a secondary or tertiary payer, what an earlier payer paid and adjusted; on a claim
 * to the primary, a payer that comes next (then {@code adjudicated} is false).
 *
 * @param payerSequence SBR01 of the 2320 loop: P, S or T
 * @param paidAmount AMT*D (AMT*C4 in 4010, else the sum of the 2430 SVD paid amounts);
 * zero when the loop reports no adjudication
 * @param adjustments the 2320 claim-level CAS, then the 2430 line-level CAS
 * @param remainingPatientLiability AMT*EAF, what the patient still owed after this payer
 * @param adjudicated whether the loop reports an adjudication (AMT*D/C4, CAS or SVD)
 */
public record PriorPayerAdjudication(String payerSequence, @Nullable String payerName, @Nullable String payerId,
		BigDecimal paidAmount, List<Adjustment> adjustments, @Nullable BigDecimal remainingPatientLiability,
		boolean adjudicated) {

	public PriorPayerAdjudication(String payerSequence, @Nullable String payerName, @Nullable String payerId,
			BigDecimal paidAmount, List<Adjustment> adjustments) {
		this(payerSequence, payerName, payerId, paidAmount, adjustments, null,
				paidAmount.signum() != 0 || !adjustments.isEmpty());
	}

}

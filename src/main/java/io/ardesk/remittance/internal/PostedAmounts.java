package io.ardesk.remittance.internal;

import java.math.BigDecimal;
import java.util.List;

import io.ardesk.codes.AdjustmentClass;
import io.ardesk.codes.DenialCategory;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.edi.Adjustment;
import io.ardesk.edi.ClaimPayment;
import io.ardesk.edi.ServicePayment;
import org.jspecify.annotations.Nullable;

/**
 * Sorts one claim payment's adjustments (claim and line level) by what they do to
 * balances: contractual and other reductions close money, patient responsibility moves it
 * to the patient, denials stay open, prior-payer amounts are only information.
 */
record PostedAmounts(BigDecimal contractual, BigDecimal otherAdjusted, BigDecimal patientResponsibility,
		BigDecimal denied, BigDecimal priorPayer, @Nullable DenialCategory denialCategory,
		@Nullable String denialReason) {

	static PostedAmounts of(ClaimPayment payment, ReasonCodeCatalog codes) {
		BigDecimal contractual = BigDecimal.ZERO;
		BigDecimal other = BigDecimal.ZERO;
		BigDecimal patient = BigDecimal.ZERO;
		BigDecimal denied = BigDecimal.ZERO;
		BigDecimal prior = BigDecimal.ZERO;
		DenialCategory category = null;
		String reason = null;
		for (Adjustment adjustment : all(payment)) {
			AdjustmentClass kind = codes.classify(adjustment.group(), adjustment.reason());
			switch (kind) {
				case CONTRACTUAL -> contractual = contractual.add(adjustment.amount());
				case OTHER_REDUCTION -> other = other.add(adjustment.amount());
				case PATIENT_RESPONSIBILITY -> patient = patient.add(adjustment.amount());
				case PRIOR_PAYER -> prior = prior.add(adjustment.amount());
				case DENIAL -> {
					denied = denied.add(adjustment.amount());
					if (category == null && adjustment.amount().signum() > 0) {
						category = codes.category(adjustment.group(), adjustment.reason());
						reason = adjustment.group() + "-" + adjustment.reason();
					}
				}
			}
		}
		return new PostedAmounts(contractual, other, patient, denied, prior, category, reason);
	}

	static List<Adjustment> all(ClaimPayment payment) {
		List<Adjustment> all = new java.util.ArrayList<>(payment.adjustments());
		for (ServicePayment line : payment.lines()) {
			all.addAll(line.adjustments());
		}
		return all;
	}

	/** How the payment is best described, including a zero payment. */
	String outcome(ClaimPayment payment) {
		if ("22".equals(payment.statusCode())) {
			return "REVERSAL";
		}
		if (payment.statusCode().matches("19|20|21")) {
			return "FORWARDED";
		}
		if ("4".equals(payment.statusCode()) || (payment.paid().signum() == 0 && this.denied.signum() > 0)) {
			return "DENIED";
		}
		if (payment.paid().signum() == 0) {
			if (this.patientResponsibility.signum() > 0) {
				return "PATIENT_RESPONSIBILITY";
			}
			return "ZERO_PAY_CONTRACTUAL";
		}
		return (this.denied.signum() > 0) ? "PARTIALLY_DENIED" : "PAID";
	}

}

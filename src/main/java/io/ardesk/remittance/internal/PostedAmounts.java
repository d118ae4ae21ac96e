package io.ardesk.remittance.internal;

import java.math.BigDecimal;

import io.ardesk.codes.AdjustmentClass;
import io.ardesk.codes.DenialCategory;
import io.ardesk.codes.ReasonCodeCatalog;
import org.jspecify.annotations.Nullable;

/**
 * What one claim payment does to balances, by class: contractual and other reductions
 * close money, patient responsibility moves it to the patient (or to the next payer),
 * denials stay open, prior-payer amounts (OA-23) are only information.
 *
 * @param denialReason group and reason of the first denial, e.g. {@code CO-197}
 */
record PostedAmounts(BigDecimal contractual, BigDecimal otherAdjusted, BigDecimal patientResponsibility,
		BigDecimal denied, BigDecimal priorPayer, @Nullable DenialCategory denialCategory,
		@Nullable String denialReason) {

	static PostedAmounts of(PaymentFacts payment, ReasonCodeCatalog codes) {
		DenialCategory category = null;
		String reason = null;
		for (PaymentFacts.Classified adjustment : payment.adjustments()) {
			if (adjustment.adjustmentClass() == AdjustmentClass.DENIAL && adjustment.amount().signum() > 0) {
				category = codes.category(adjustment.group(), adjustment.reason());
				reason = adjustment.group() + "-" + adjustment.reason();
				break;
			}
		}
		return new PostedAmounts(payment.total(AdjustmentClass.CONTRACTUAL),
				payment.total(AdjustmentClass.OTHER_REDUCTION), payment.total(AdjustmentClass.PATIENT_RESPONSIBILITY),
				payment.total(AdjustmentClass.DENIAL), payment.total(AdjustmentClass.PRIOR_PAYER), category, reason);
	}

	/** How the payment is best described, including a zero payment. */
	String outcome(PaymentFacts payment) {
		if (payment.isReversal()) {
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

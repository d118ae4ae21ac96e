package io.ardesk.edi.internal;

import java.math.BigDecimal;

import io.ardesk.edi.ClaimPayment;
import io.ardesk.edi.ProviderAdjustment;
import io.ardesk.edi.RemittanceAdvice;
import io.ardesk.edi.ServicePayment;

/**
 * The 835 balancing rules. An advice that does not balance is still posted, but a person
 * must look at it, so each failure is a warning naming where it is.
 */
final class RemittanceBalance {

	private RemittanceBalance() {
	}

	/** BPR02 = sum of CLP04 - sum of PLB amounts. */
	static void checkAdvice(RemittanceAdvice advice, Segment bpr, Warnings warnings) {
		BigDecimal paid = advice.claims().stream().map(ClaimPayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal providerAdjustments = advice.providerAdjustments()
			.stream()
			.map(ProviderAdjustment::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal expected = paid.subtract(providerAdjustments);
		if (expected.compareTo(advice.totalPayment()) != 0) {
			warnings.add("Payment " + advice.totalPayment().toPlainString() + " does not equal claim payments "
					+ paid.toPlainString() + " less provider adjustments " + providerAdjustments.toPlainString(), bpr);
		}
	}

	/** CLP03 = CLP04 + every CAS amount of the claim and its lines. */
	static void checkClaim(ClaimPayment claim, Warnings warnings) {
		BigDecimal adjusted = CasSegment.total(claim.adjustments());
		for (ServicePayment line : claim.lines()) {
			adjusted = adjusted.add(CasSegment.total(line.adjustments()));
		}
		BigDecimal expected = claim.paid().add(adjusted);
		if (expected.compareTo(claim.charge()) != 0) {
			warnings.addAt(
					"Claim charge " + claim.charge().toPlainString() + " does not equal payment "
							+ claim.paid().toPlainString() + " plus adjustments " + adjusted.toPlainString(),
					"CLP", claim.position());
		}
	}

	/** SVC02 = SVC03 + the line's CAS amounts. */
	static void checkLine(ServicePayment line, Segment svc, Warnings warnings) {
		BigDecimal adjusted = CasSegment.total(line.adjustments());
		if (line.paid().add(adjusted).compareTo(line.charge()) != 0) {
			warnings.add("Line charge " + line.charge().toPlainString() + " does not equal payment "
					+ line.paid().toPlainString() + " plus adjustments " + adjusted.toPlainString(), svc);
		}
	}

}

package io.ardesk.remittance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.claims.Adjudication;
import io.ardesk.edi.ClaimPayment;
import io.ardesk.edi.RemittanceAdvice;
import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

/** Turns a claim payment into the decision the ledger applies, with its history line. */
final class Adjudications {

	private Adjudications() {
	}

	static Adjudication of(long claimId, long claimPaymentId, long payerId, RemittanceAdvice advice,
			ClaimPayment payment, PaymentFacts facts, PostedAmounts amounts, @Nullable Long reverses,
			LocalDate effectiveOn) {
		return of(claimId, claimPaymentId, payerId, payment.payerClaimControlNumber(), facts, amounts, reverses,
				effectiveOn, summary(advice.payerName(), advice.traceNumber(), facts, amounts, reverses));
	}

	static Adjudication of(long claimId, long claimPaymentId, long payerId, @Nullable String payerClaimNumber,
			PaymentFacts facts, PostedAmounts amounts, @Nullable Long reverses, LocalDate effectiveOn, String summary) {
		return new Adjudication(claimId, claimPaymentId, facts.statusCode(), payerId, payerClaimNumber, facts.paid(),
				amounts.contractual(), amounts.otherAdjusted(), amounts.patientResponsibility(), amounts.denied(),
				(amounts.denialCategory() != null) ? amounts.denialCategory().name() : null, amounts.denialReason(),
				effectiveOn, reverses, summary);
	}

	static String summary(String payerName, String traceNumber, PaymentFacts facts, PostedAmounts amounts,
			@Nullable Long reverses) {
		StringBuilder text = new StringBuilder();
		text.append(facts.isReversal() ? "Reversal" : "Remittance")
			.append(" from ")
			.append(payerName)
			.append(" (trace ")
			.append(traceNumber)
			.append(", CLP02 ")
			.append(facts.statusCode())
			.append("): paid ")
			.append(Formats.money(facts.paid()));
		append(text, "contractual", amounts.contractual());
		append(text, "other adjustments", amounts.otherAdjusted());
		append(text, "patient responsibility", amounts.patientResponsibility());
		append(text, "denied", amounts.denied());
		if (amounts.denialReason() != null) {
			text.append(" (").append(amounts.denialReason()).append(')');
		}
		if (amounts.priorPayer().signum() != 0) {
			text.append("; earlier payers covered ")
				.append(Formats.money(amounts.priorPayer()))
				.append(" (information only)");
		}
		if (reverses != null) {
			text.append("; takes back the payment posted as claim payment ").append(reverses);
		}
		return text.toString();
	}

	private static void append(StringBuilder text, String label, BigDecimal amount) {
		if (amount.signum() != 0) {
			text.append(", ").append(label).append(' ').append(Formats.money(amount));
		}
	}

}

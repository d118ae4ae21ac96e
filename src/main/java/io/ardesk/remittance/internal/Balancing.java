package io.ardesk.remittance.internal;

import java.math.BigDecimal;

import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * The two balancing rules of a claim payment, checked before anything is posted: the
 * charge (CLP03) equals the payment (CLP04) plus every adjustment at claim and line
 * level, and the patient responsibility (CLP05), when given, equals the PR adjustments.
 */
final class Balancing {

	private Balancing() {
	}

	/**
	 * What does not balance and by how much, or {@code null} when the payment balances.
	 */
	record Imbalance(String problem, BigDecimal difference) {
	}

	static @Nullable Imbalance check(PaymentFacts payment) {
		BigDecimal adjusted = payment.adjusted();
		BigDecimal accounted = payment.paid().add(adjusted);
		BigDecimal off = payment.charge().subtract(accounted);
		if (off.signum() != 0) {
			BigDecimal claimLevel = payment.adjustments()
				.stream()
				.filter((a) -> a.lineNumber() == null)
				.map(PaymentFacts.Classified::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			return new Imbalance("The claim charge (CLP03) " + Formats.money(payment.charge())
					+ " does not equal the payment (CLP04) " + Formats.money(payment.paid()) + " plus all adjustments "
					+ Formats.money(adjusted) + " (claim level " + Formats.money(claimLevel) + ", line level "
					+ Formats.money(adjusted.subtract(claimLevel)) + "): off by " + Formats.money(off.abs()),
					off.abs());
		}
		BigDecimal stated = payment.patientResponsibility();
		BigDecimal patient = payment.patientGroup();
		if (stated != null && stated.compareTo(patient) != 0) {
			BigDecimal difference = stated.subtract(patient).abs();
			return new Imbalance("The patient responsibility (CLP05) " + Formats.money(stated)
					+ " does not equal the PR adjustments " + Formats.money(patient) + ": off by "
					+ Formats.money(difference), difference);
		}
		return null;
	}

}

package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.patients.AppliedPayment;
import io.ardesk.patients.OpenPatientClaim;

/**
 * Spreads a patient payment over their open claims in the order given (oldest first), so
 * that the oldest balances, the ones closest to collections, are cleared first.
 */
final class PaymentAllocation {

	private PaymentAllocation() {
	}

	static List<AppliedPayment> oldestFirst(List<OpenPatientClaim> claims, BigDecimal amount) {
		BigDecimal open = claims.stream()
			.map(OpenPatientClaim::patientBalance)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (amount.signum() <= 0) {
			throw new io.ardesk.shared.problem.InvalidInputException("amount", "The amount must be positive.");
		}
		if (amount.scale() > 2) {
			throw new io.ardesk.shared.problem.InvalidInputException("amount",
					"The amount has more than two decimals.");
		}
		if (amount.compareTo(open) > 0) {
			throw new io.ardesk.shared.problem.RuleViolationException("amount",
					"The payment is larger than the patient balance.");
		}
		List<AppliedPayment> applied = new ArrayList<>();
		BigDecimal left = amount;
		for (OpenPatientClaim claim : claims) {
			if (left.signum() == 0) {
				break;
			}
			BigDecimal part = left.min(claim.patientBalance());
			if (part.signum() > 0) {
				applied.add(new AppliedPayment(claim.claimNumber(), part));
				left = left.subtract(part);
			}
		}
		return applied;
	}

}

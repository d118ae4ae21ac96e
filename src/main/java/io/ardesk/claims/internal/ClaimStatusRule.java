package io.ardesk.claims.internal;

import java.math.BigDecimal;

import io.ardesk.claims.ClaimStatus;

/**
 * Derives a claim's status from its balances, so that status and money can never
 * disagree.
 */
final class ClaimStatusRule {

	private ClaimStatusRule() {
	}

	static ClaimStatus statusOf(Balances balances, boolean voided, boolean deniedOutright) {
		if (voided) {
			return ClaimStatus.VOIDED;
		}
		if (balances.hasCredit()) {
			return ClaimStatus.CREDIT_BALANCE;
		}
		boolean insuranceOwes = balances.insuranceBalance().signum() > 0;
		boolean patientOwes = balances.patientBalance().signum() > 0;
		if (!insuranceOwes && !patientOwes) {
			return balances.payerPaid().add(balances.patientPaid()).signum() > 0 ? ClaimStatus.PAID
					: ClaimStatus.CLOSED;
		}
		if (!insuranceOwes) {
			return ClaimStatus.PATIENT_BALANCE;
		}
		if (!balances.adjudicated()) {
			return ClaimStatus.SUBMITTED;
		}
		if (balances.crossover()) {
			return ClaimStatus.FORWARDED;
		}
		BigDecimal ownPart = balances.insuranceBalance().subtract(balances.awaitingNextPayer());
		if (balances.deniedOpen().signum() > 0 && (deniedOutright || balances.deniedOpen().compareTo(ownPart) >= 0
				|| balances.payerPaid().signum() == 0)) {
			return ClaimStatus.DENIED;
		}
		if (balances.awaitingNextPayer().signum() > 0 && balances.awaitingNextPayer()
			.add(balances.deniedOpen())
			.compareTo(balances.insuranceBalance()) >= 0) {
			return ClaimStatus.AWAITING_SECONDARY;
		}
		if (balances.payerPaid().compareTo(BigDecimal.ZERO) > 0) {
			return ClaimStatus.PARTIALLY_PAID;
		}
		return ClaimStatus.IN_PROCESS;
	}

}

package io.ardesk.claims.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The money of one claim. The ledger invariant: billed = payer paid + patient paid +
 * contractual + other adjusted + written off + insurance balance + patient balance.
 * Denied amounts and the amount awaiting the next payer are parts of the insurance
 * balance ({@code deniedOpen} and {@code awaitingNextPayer} tell how much of it). A
 * negative insurance or patient balance is a credit balance: money owed back.
 */
record Balances(BigDecimal payerPaid, BigDecimal patientPaid, BigDecimal contractual, BigDecimal otherAdjusted,
		BigDecimal writtenOff, BigDecimal deniedOpen, BigDecimal insuranceBalance, BigDecimal patientBalance,
		BigDecimal awaitingNextPayer, @Nullable String denialCategory, @Nullable String denialReason, boolean crossover,
		boolean adjudicated) {

	static final BigDecimal ZERO = BigDecimal.ZERO;

	static Balances opened(BigDecimal billed) {
		return new Balances(ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, billed, ZERO, ZERO, null, null, false, false);
	}

	BigDecimal accountedFor() {
		return this.payerPaid.add(this.patientPaid)
			.add(this.contractual)
			.add(this.otherAdjusted)
			.add(this.writtenOff)
			.add(this.insuranceBalance)
			.add(this.patientBalance);
	}

	/**
	 * The same balances with what is denied and what awaits the next payer kept within
	 * the insurance balance, and the denial reason dropped once nothing denied is open.
	 */
	Balances capped() {
		BigDecimal room = this.insuranceBalance.max(ZERO);
		BigDecimal denied = this.deniedOpen.max(ZERO).min(room);
		BigDecimal awaiting = this.awaitingNextPayer.max(ZERO).min(room);
		boolean open = denied.signum() > 0;
		return new Balances(this.payerPaid, this.patientPaid, this.contractual, this.otherAdjusted, this.writtenOff,
				denied, this.insuranceBalance, this.patientBalance, awaiting, open ? this.denialCategory : null,
				open ? this.denialReason : null, this.crossover, this.adjudicated);
	}

	Balances withInsuranceAndPatient(BigDecimal insurance, BigDecimal patient) {
		return new Balances(this.payerPaid, this.patientPaid, this.contractual, this.otherAdjusted, this.writtenOff,
				this.deniedOpen, insurance, patient, this.awaitingNextPayer, this.denialCategory, this.denialReason,
				this.crossover, this.adjudicated);
	}

	Balances plus(BalanceChange change) {
		return new Balances(this.payerPaid.add(change.payerPaid()), this.patientPaid.add(change.patientPaid()),
				this.contractual.add(change.contractual()), this.otherAdjusted.add(change.otherAdjusted()),
				this.writtenOff.add(change.writtenOff()), this.deniedOpen.add(change.deniedOpen()),
				this.insuranceBalance.add(change.insuranceBalance()), this.patientBalance.add(change.patientBalance()),
				this.awaitingNextPayer.add(change.awaitingNextPayer()), this.denialCategory, this.denialReason,
				this.crossover, this.adjudicated);
	}

	boolean hasCredit() {
		return this.insuranceBalance.signum() < 0 || this.patientBalance.signum() < 0;
	}

}

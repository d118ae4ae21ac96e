package io.ardesk.claims.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The money of one claim. The ledger invariant: billed = payer paid + patient paid +
 * contractual + other adjusted + written off + insurance balance + patient balance.
 * Denied amounts are part of the insurance balance ({@code deniedOpen} tells how much of
 * it).
 */
record Balances(BigDecimal payerPaid, BigDecimal patientPaid, BigDecimal contractual, BigDecimal otherAdjusted,
		BigDecimal writtenOff, BigDecimal deniedOpen, BigDecimal insuranceBalance, BigDecimal patientBalance,
		@Nullable String denialCategory, @Nullable String denialReason, boolean crossover, boolean adjudicated) {

	static Balances opened(BigDecimal billed) {
		BigDecimal zero = BigDecimal.ZERO;
		return new Balances(zero, zero, zero, zero, zero, zero, billed, zero, null, null, false, false);
	}

	BigDecimal accountedFor() {
		return this.payerPaid.add(this.patientPaid)
			.add(this.contractual)
			.add(this.otherAdjusted)
			.add(this.writtenOff)
			.add(this.insuranceBalance)
			.add(this.patientBalance);
	}

}

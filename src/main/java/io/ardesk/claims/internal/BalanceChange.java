package io.ardesk.claims.internal;

import java.math.BigDecimal;

/**
 * The signed change of every balance component of a claim: one row of the claim's
 * journal.
 */
record BalanceChange(BigDecimal billed, BigDecimal payerPaid, BigDecimal patientPaid, BigDecimal contractual,
		BigDecimal otherAdjusted, BigDecimal writtenOff, BigDecimal insuranceBalance, BigDecimal patientBalance,
		BigDecimal deniedOpen, BigDecimal awaitingNextPayer) {

	static BalanceChange between(BigDecimal billedBefore, Balances before, BigDecimal billedAfter, Balances after) {
		return new BalanceChange(billedAfter.subtract(billedBefore), after.payerPaid().subtract(before.payerPaid()),
				after.patientPaid().subtract(before.patientPaid()), after.contractual().subtract(before.contractual()),
				after.otherAdjusted().subtract(before.otherAdjusted()),
				after.writtenOff().subtract(before.writtenOff()),
				after.insuranceBalance().subtract(before.insuranceBalance()),
				after.patientBalance().subtract(before.patientBalance()),
				after.deniedOpen().subtract(before.deniedOpen()),
				after.awaitingNextPayer().subtract(before.awaitingNextPayer()));
	}

	static BalanceChange opening(BigDecimal billed, Balances opened) {
		return between(BigDecimal.ZERO, Balances.opened(BigDecimal.ZERO), billed, opened);
	}

	BalanceChange negated() {
		return new BalanceChange(this.billed.negate(), this.payerPaid.negate(), this.patientPaid.negate(),
				this.contractual.negate(), this.otherAdjusted.negate(), this.writtenOff.negate(),
				this.insuranceBalance.negate(), this.patientBalance.negate(), this.deniedOpen.negate(),
				this.awaitingNextPayer.negate());
	}

	boolean isZero() {
		return this.billed.signum() == 0 && this.payerPaid.signum() == 0 && this.patientPaid.signum() == 0
				&& this.contractual.signum() == 0 && this.otherAdjusted.signum() == 0 && this.writtenOff.signum() == 0
				&& this.insuranceBalance.signum() == 0 && this.patientBalance.signum() == 0
				&& this.deniedOpen.signum() == 0 && this.awaitingNextPayer.signum() == 0;
	}

}

package io.ardesk.claims;

import java.math.BigDecimal;

/**
 * A claim's balances (or the sum over claims) as of a date, from the posting journal.
 * Negative insurance or patient balances are credit balances.
 */
public record LedgerBalances(BigDecimal billed, BigDecimal payerPaid, BigDecimal patientPaid, BigDecimal contractual,
		BigDecimal otherAdjusted, BigDecimal writtenOff, BigDecimal insuranceBalance, BigDecimal patientBalance,
		BigDecimal deniedOpen, BigDecimal awaitingNextPayer) {

	public static final LedgerBalances NONE = new LedgerBalances(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
			BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
			BigDecimal.ZERO);

}

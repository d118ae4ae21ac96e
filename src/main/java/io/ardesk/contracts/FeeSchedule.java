package io.ardesk.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One row of a payer's fee schedule: what the contract allows for a procedure (with a
 * modifier, or for any modifier when none is given) from one day to another.
 *
 * @param payerId the payer's id as its files carry it (835 N1*PR / REF*2U)
 * @param effectiveTo the last day the amount applies; open-ended when {@code null}
 */
public record FeeSchedule(long id, String payerId, String payerName, String procedureCode, @Nullable String modifier,
		BigDecimal allowedAmount, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, long version) {

	/** The row as the audit trail shows it. */
	public String describe() {
		return FeeScheduleEntry.describe(this.payerId, this.procedureCode, this.modifier, this.allowedAmount,
				this.effectiveFrom, this.effectiveTo);
	}

}

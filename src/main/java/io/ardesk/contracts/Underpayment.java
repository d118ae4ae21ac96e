package io.ardesk.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A posted service line the payer allowed less than its contract by more than the
 * client's tolerance. Allowed is what the payer paid plus the line's patient
 * responsibility; expected is the schedule's amount times the units.
 *
 * @param payer the payer's name
 * @param paidOn the remittance's payment date
 * @param variance expected minus allowed
 */
public record Underpayment(long claimId, String claimNumber, int lineNumber, String procedureCode,
		@Nullable String modifiers, String payer, String payerId, LocalDate serviceDate, LocalDate paidOn,
		BigDecimal expected, BigDecimal allowed, BigDecimal variance) {
}

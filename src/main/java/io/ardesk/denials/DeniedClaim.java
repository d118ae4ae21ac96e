package io.ardesk.denials;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One claim behind a denial figure.
 *
 * @param deniedOn the payment date of the remittance that denied it
 * @param reason group and CARC, e.g. {@code CO-197} (the largest one when several)
 * @param denied denied dollars in the period
 * @param insuranceBalance what the payer still owes today
 */
public record DeniedClaim(long claimId, String claimNumber, String payer, LocalDate deniedOn, String reason,
		String category, BigDecimal denied, BigDecimal insuranceBalance, String status) {
}

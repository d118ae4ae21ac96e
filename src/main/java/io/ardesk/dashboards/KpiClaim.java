package io.ardesk.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One claim behind a KPI's numerator.
 *
 * @param claimNumber the claim's number
 * @param payer the claim's payer
 * @param serviceDate its (first) date of service
 * @param submittedOn when it was first sent, if it was
 * @param ageDays its age on the period end, on the client's aging basis
 * @param billed its billed charges as of the period end
 * @param amount what it adds to the numerator: the balance owed (A/R over 90), the billed
 * charges (initial denial rate, whose numerator in dollars they are) or the payments of
 * the period (cash collected)
 */
public record KpiClaim(String claimNumber, @Nullable String payer, LocalDate serviceDate,
		@Nullable LocalDate submittedOn, int ageDays, BigDecimal billed, BigDecimal amount) {
}

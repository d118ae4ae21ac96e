package io.ardesk.dashboards;

import java.math.BigDecimal;

/**
 * The figures the KPIs are computed from, shown as their basis.
 *
 * @param totalAr A/R owed (insurance and patient balances above zero) as of the period
 * end; credit balances are not netted
 * @param arOver90 the part of it more than 90 days old
 * @param arOver120 the part of it more than 120 days old
 * @param charges charges of claims with dates of service in the period
 * @param contractual contractual adjustments posted in the period
 * @param days days in the period, both ends included
 * @param claimsFirstAdjudicated claims whose first adjudication fell in the period
 * @param claimsDenied of them, those whose first adjudication denied an amount
 * @param claimsClean of them, those with nothing denied and never corrected
 */
public record KpiBasis(BigDecimal totalAr, BigDecimal arOver90, BigDecimal arOver120, BigDecimal charges,
		BigDecimal contractual, long days, long claimsFirstAdjudicated, long claimsDenied, long claimsClean) {
}

package io.ardesk.tenancy;

import java.math.BigDecimal;

/**
 * Thresholds of systemic-problem detection (tenant-config {@code trendRules:}); the
 * defaults are the firm's documented ones.
 *
 * @param repeatedDenials at least this many denials with the same payer and CARC (default
 * 5)
 * @param repeatedDenialsDays within this many days (default 30)
 * @param denialRateFactor a denial category's rate at least this many times its rate of
 * the prior baseline period (default 2)
 * @param denialRateBaselineDays the baseline period (default 90)
 * @param underpayments at least this many underpayments by one payer and code (default 3)
 * @param underpaymentDays within this many days (default 60)
 * @param underpaymentTolerance an allowed amount this much below the contract is still
 * paid right (default 1.00)
 * @param documentWaits at least this many claims waiting on the practice for documents
 * (default 5)
 * @param documentWaitDays for more than this many days (default 14)
 */
public record TrendRules(int repeatedDenials, int repeatedDenialsDays, BigDecimal denialRateFactor,
		int denialRateBaselineDays, int underpayments, int underpaymentDays, BigDecimal underpaymentTolerance,
		int documentWaits, int documentWaitDays) {

	public static TrendRules defaults() {
		return new TrendRules(5, 30, new BigDecimal("2"), 90, 3, 60, new BigDecimal("1.00"), 5, 14);
	}

}

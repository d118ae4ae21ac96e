package io.ardesk.worklist.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the queue needs to know about one claim to place it.
 *
 * @param highValueFlag flagged high-value by hand (the balance threshold is checked on
 * top)
 * @param noResponseDays set when the payer has not answered the submitted claim for this
 * many days and nobody touched it since: the claim is due with that reason
 */
record ClaimFacts(long claimId, ClaimStatus status, BigDecimal insuranceBalance, LocalDate serviceDate,
		LocalDate agingDate, @Nullable LocalDate lastAdjudicatedOn, @Nullable String denialCategory,
		String payerCategory, int timelyFilingDays, int appealDays, @Nullable Integer payerAverageDaysToPay,
		@Nullable LocalDate nextActionDate, boolean escalated, boolean highValueFlag,
		@Nullable Integer noResponseDays) {

	/** A claim as the tests and benchmarks describe it: no flags. */
	ClaimFacts(long claimId, ClaimStatus status, BigDecimal insuranceBalance, LocalDate serviceDate,
			LocalDate agingDate, @Nullable LocalDate lastAdjudicatedOn, @Nullable String denialCategory,
			String payerCategory, int timelyFilingDays, int appealDays, @Nullable Integer payerAverageDaysToPay,
			@Nullable LocalDate nextActionDate, boolean escalated) {
		this(claimId, status, insuranceBalance, serviceDate, agingDate, lastAdjudicatedOn, denialCategory,
				payerCategory, timelyFilingDays, appealDays, payerAverageDaysToPay, nextActionDate, escalated, false,
				null);
	}

}

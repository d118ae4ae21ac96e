package io.ardesk.worklist.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;

/** What the queue needs to know about one claim to place it. */
record ClaimFacts(long claimId, ClaimStatus status, BigDecimal insuranceBalance, LocalDate serviceDate,
		LocalDate agingDate, @Nullable LocalDate lastAdjudicatedOn, @Nullable String denialCategory,
		String payerCategory, int timelyFilingDays, int appealDays, @Nullable Integer payerAverageDaysToPay,
		@Nullable LocalDate nextActionDate, boolean escalated) {
}

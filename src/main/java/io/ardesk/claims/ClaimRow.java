package io.ardesk.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One claim in a list: enough to recognise it, see what is owed and by when it must reach
 * the payer.
 *
 * @param deadline the timely-filing deadline (never adjudicated) or the appeal deadline
 * (denied)
 * @param deadlineKind {@code TIMELY_FILING} or {@code APPEAL}
 */
public record ClaimRow(long id, String claimNumber, ClaimStatus status, String payer, String patient,
		LocalDate serviceDateFrom, @Nullable LocalDate submittedOn, BigDecimal billed, BigDecimal paid,
		BigDecimal insuranceBalance, BigDecimal patientBalance, @Nullable String denialCategory,
		@Nullable LocalDate deadline, @Nullable String deadlineKind) {
}

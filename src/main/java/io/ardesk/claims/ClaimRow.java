package io.ardesk.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One claim in a list: enough to recognise it and see what is owed. */
public record ClaimRow(long id, String claimNumber, ClaimStatus status, String payer, String patient,
		LocalDate serviceDateFrom, @Nullable LocalDate submittedOn, BigDecimal billed, BigDecimal paid,
		BigDecimal insuranceBalance, BigDecimal patientBalance, @Nullable String denialCategory) {
}

package io.ardesk.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A claim payment (CLP) that matched no claim of the client, waiting for a person. */
public record UnmatchedPayment(long id, String payer, String traceNumber, @Nullable LocalDate paymentDate,
		String patientControlNumber, @Nullable String payerClaimNumber, String statusCode, BigDecimal charge,
		BigDecimal paid) {
}

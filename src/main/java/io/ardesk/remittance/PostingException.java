package io.ardesk.remittance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A claim payment held back from the ledger, with what is wrong and by how much.
 *
 * @param difference by how much it does not balance (or would go below zero)
 * @param claimNumber the claim on file it would be posted to
 * @param resolution who resolved it, when and how; {@code null} while open
 */
public record PostingException(long id, PostingExceptionKind kind, PostingExceptionStatus status, String problem,
		@Nullable BigDecimal difference, Instant createdAt, @Nullable String claimNumber, HeldPayment payment,
		@Nullable Resolution resolution) {

	/**
	 * The claim payment (CLP) as the remittance gave it.
	 *
	 * @param patientControlNumber CLP01
	 * @param payerClaimNumber CLP07
	 * @param statusCode CLP02
	 */
	public record HeldPayment(long paymentId, String payer, String traceNumber, @Nullable LocalDate paymentDate,
			String patientControlNumber, @Nullable String payerClaimNumber, String statusCode, BigDecimal charge,
			BigDecimal paid, @Nullable BigDecimal patientResponsibility) {
	}

	public record Resolution(String by, Instant at, @Nullable String note) {
	}

}

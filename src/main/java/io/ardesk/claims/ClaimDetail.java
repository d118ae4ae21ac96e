package io.ardesk.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything about one claim: what was billed, what each payer did with it and why, what
 * is owed by whom, and its history.
 */
public record ClaimDetail(long id, String claimNumber, @Nullable String payerClaimNumber, ClaimStatus status,
		PayerRef payer, String responsibility, String patientName, @Nullable String patientAccount,
		@Nullable String billingNpi, @Nullable String renderingNpi, @Nullable String location,
		LocalDate serviceDateFrom, LocalDate serviceDateTo, @Nullable LocalDate submittedOn, String frequencyCode,
		BigDecimal billed, BigDecimal payerPaid, BigDecimal patientPaid, BigDecimal contractual,
		BigDecimal otherAdjusted, BigDecimal writtenOff, BigDecimal deniedOpen, BigDecimal insuranceBalance,
		BigDecimal patientBalance, @Nullable String denialCategory, long version, List<Line> lines,
		List<Payment> payments, List<HistoryEntry> history, @Nullable LocalDate deadline,
		@Nullable String deadlineKind) {

	/** Paid by anyone: payers and the patient. */
	public BigDecimal paid() {
		return this.payerPaid.add(this.patientPaid);
	}

	public record Line(int lineNumber, String procedureCode, @Nullable String modifiers, @Nullable String revenueCode,
			BigDecimal units, BigDecimal charge, @Nullable LocalDate serviceDateFrom) {
	}

	/** One adjudication of the claim from a remittance (CLP). */
	public record Payment(long id, String payer, String traceNumber, @Nullable LocalDate paymentDate, String statusCode,
			String statusLabel, BigDecimal charge, BigDecimal paid, @Nullable BigDecimal patientResponsibility,
			List<Adjustment> adjustments, List<Remark> remarks) {
	}

	/** A CAS adjustment with its reason in plain words. */
	public record Adjustment(@Nullable Integer lineNumber, String group, String reason, BigDecimal amount,
			String adjustmentClass, String description) {
	}

	public record Remark(String code, String description) {
	}

	public record HistoryEntry(Instant occurredAt, String actor, String kind, String description) {
	}

}

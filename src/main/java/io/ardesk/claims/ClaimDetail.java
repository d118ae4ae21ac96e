package io.ardesk.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything about one claim: what was billed, what each payer did with it and why, what
 * is owed by whom, and its history.
 *
 * @param awaitingNextPayer the part of the insurance balance a primary left for the
 * secondary (or tertiary) payer
 * @param shares each payer's part and the patient's: what each paid and still owes
 * @param openDenials each line's denial still open, with its reason
 */
public record ClaimDetail(long id, String claimNumber, @Nullable String payerClaimNumber, ClaimStatus status,
		PayerRef payer, String responsibility, String patientName, @Nullable String patientAccount,
		@Nullable String billingNpi, @Nullable String renderingNpi, @Nullable String location,
		LocalDate serviceDateFrom, LocalDate serviceDateTo, @Nullable LocalDate submittedOn, String frequencyCode,
		BigDecimal billed, BigDecimal payerPaid, BigDecimal patientPaid, BigDecimal contractual,
		BigDecimal otherAdjusted, BigDecimal writtenOff, BigDecimal deniedOpen, BigDecimal insuranceBalance,
		BigDecimal patientBalance, @Nullable String denialCategory, long version, List<Line> lines,
		List<Payment> payments, List<HistoryEntry> history, @Nullable LocalDate deadline, @Nullable String deadlineKind,
		BigDecimal awaitingNextPayer, List<PayerShare> shares, List<OpenDenial> openDenials) {

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

	/**
	 * One party's part of the claim.
	 *
	 * @param party {@code Primary}, {@code Secondary}, {@code Tertiary} or
	 * {@code Patient}
	 * @param payer the payer's name; {@code null} for the patient or a payer the files
	 * did not name
	 * @param paid what it paid (a payer: as remitted here, else as a later claim
	 * reported)
	 * @param owed what it still owes
	 * @param source where the figure comes from, in plain words
	 */
	public record PayerShare(String party, @Nullable String payer, BigDecimal paid, BigDecimal owed, String source) {
	}

	/**
	 * A denied amount of a posted remittance, by line, with its reason.
	 *
	 * @param lineNumber {@code null} for a claim-level denial
	 */
	public record OpenDenial(@Nullable Integer lineNumber, @Nullable String procedureCode, String reason,
			String description, BigDecimal amount, String payer, @Nullable LocalDate paymentDate) {
	}

	public record HistoryEntry(Instant occurredAt, String actor, String kind, String description) {
	}

}

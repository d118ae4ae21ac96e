package io.ardesk.worklist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;

/**
 * Everything a payer's representative asks for on a call, on one page: who the patient
 * is, the payer's own claim number, what was billed line by line and what the payer did
 * with it, the deadlines, and where the work stands. Client viewers get no
 * {@code internal} part (owner, score and reasons are the firm's workflow).
 *
 * @param internal null for client viewers
 */
public record CallSheet(String claimNumber, ClaimStatus status, Patient patient, Payer payer,
		@Nullable String payerClaimNumber, LocalDate serviceDateFrom, LocalDate serviceDateTo, BigDecimal billed,
		BigDecimal insuranceBalance, List<Line> lines, List<Code> remarks, @Nullable LastRemittance lastRemittance,
		@Nullable Deadline deadline, Work work, @Nullable Internal internal, List<FollowUpRecord> followUps,
		List<HistoryEntry> history) {

	public record Patient(String name, @Nullable LocalDate dateOfBirth, @Nullable String memberId,
			@Nullable String account) {
	}

	/**
	 * @param phone the payer's provider line, when known
	 */
	public record Payer(String name, @Nullable String payerId, String category, @Nullable String phone) {
	}

	/** A billed line with what the payers paid on it and why they adjusted it. */
	public record Line(int lineNumber, String procedureCode, @Nullable String modifiers, BigDecimal units,
			BigDecimal charge, BigDecimal paid, List<Code> adjustments) {
	}

	/** A CARC (with its group, e.g. CO-45) or RARC code, its amount if any, in words. */
	public record Code(String code, String description, @Nullable BigDecimal amount) {
	}

	public record LastRemittance(String status, @Nullable LocalDate paymentDate, BigDecimal paid) {
	}

	public record Work(WorkStatus status, LocalDate nextActionDate, boolean deadlineMissed, boolean highValue) {
	}

	public record Internal(@Nullable String owner, BigDecimal score, List<String> reasons) {
	}

	public record HistoryEntry(Instant occurredAt, String actor, String description) {
	}

}

package io.ardesk.approvals;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.claims.ResponsibleParty;
import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * A money move someone asks for. Claim moves name the claim; a patient payment names the
 * patient and carries the day it was paid and its reference (check, receipt); a refund
 * names whom the money went back to and how (check number, EFT trace).
 *
 * @param from the balance a write-off comes from; for a refund, whom the credit was owed
 * to
 * @param reason why (required for claim moves)
 */
public record MoneyMove(MoneyMoveKind kind, @Nullable String claimNumber, @Nullable Long patientId, BigDecimal amount,
		@Nullable ResponsibleParty from, @Nullable LocalDate paidOn, @Nullable String reference,
		@Nullable String reason) {

	public static MoneyMove writeOff(String claimNumber, ResponsibleParty from, BigDecimal amount, String reason) {
		return new MoneyMove(MoneyMoveKind.WRITE_OFF, claimNumber, null, amount, from, null, null, reason);
	}

	public static MoneyMove transferToPatient(String claimNumber, BigDecimal amount, String reason) {
		return new MoneyMove(MoneyMoveKind.TRANSFER_TO_PATIENT, claimNumber, null, amount, null, null, null, reason);
	}

	public static MoneyMove patientPayment(long patientId, BigDecimal amount, LocalDate paidOn, String reference) {
		return new MoneyMove(MoneyMoveKind.PATIENT_PAYMENT, null, patientId, amount, null, paidOn, reference, null);
	}

	/**
	 * A refund of a credit balance: {@code to} is the party the claim owes money back to,
	 * {@code reference} how it was paid back, {@code reason} optional.
	 */
	public static MoneyMove refund(String claimNumber, ResponsibleParty to, BigDecimal amount, String reference,
			@Nullable String reason) {
		return new MoneyMove(MoneyMoveKind.REFUND, claimNumber, null, amount, to, null, reference, reason);
	}

	/** "Write-off of $120.00 of the insurance balance", for lists and the history. */
	public String describe() {
		String money = Formats.money(this.amount);
		return switch (this.kind) {
			case WRITE_OFF -> "Write-off of " + money + " of the "
					+ ((this.from == ResponsibleParty.PATIENT) ? "patient" : "insurance") + " balance";
			case TRANSFER_TO_PATIENT -> "Transfer of " + money + " from insurance to the patient";
			case PATIENT_PAYMENT -> "Patient payment of " + money + " paid on " + Formats.date(this.paidOn)
					+ " (reference " + this.reference + ")";
			case REFUND ->
				"Refund of " + money + " to the " + ((this.from == ResponsibleParty.PATIENT) ? "patient" : "payer")
						+ " (reference " + this.reference + ")";
		};
	}

}

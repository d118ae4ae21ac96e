package io.ardesk.worklist.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.shared.ui.Formats;
import io.ardesk.worklist.LateAppeal;
import org.jspecify.annotations.Nullable;

/**
 * Writes an appeal letter from the claim's facts. Payers route appeals by claim number
 * and their own claim number, and reviewers look for the denial codes and the reason the
 * denial is wrong: those lead the letter.
 */
final class AppealLetter {

	static final String DENIAL = "DENIAL";

	private AppealLetter() {
	}

	/** The letter's title, also the PDF's title. */
	static String title(String claimNumber, int level) {
		return "Level " + level + " appeal · claim " + claimNumber;
	}

	/**
	 * @param deadline the claim's appeal deadline, if known: the letter states it only
	 * when the appeal is within it
	 * @param late why an appeal after its deadline should be heard; required then
	 */
	static String write(ClaimDetail claim, int level, String reason, LocalDate today, @Nullable LocalDate deadline,
			@Nullable LateAppeal late, String firmName, String practiceName) {
		StringBuilder letter = new StringBuilder();
		letter.append(Formats.date(today)).append("\n\n");
		letter.append(claim.payer().name()).append("\nAttn: Appeals / Reconsideration\n\n");
		letter.append("Re: ").append(levelName(level)).append(" of claim ").append(claim.claimNumber()).append('\n');
		if (claim.payerClaimNumber() != null) {
			letter.append("Payer claim number: ").append(claim.payerClaimNumber()).append('\n');
		}
		letter.append("Patient: ").append(claim.patientName());
		if (claim.patientAccount() != null) {
			letter.append(" (account ").append(claim.patientAccount()).append(')');
		}
		letter.append("\nDates of service: ").append(serviceDates(claim)).append('\n');
		if (claim.billingNpi() != null) {
			letter.append("Billing provider NPI: ").append(claim.billingNpi()).append('\n');
		}
		letter.append("Billed: ").append(Formats.money(claim.billed())).append('\n');
		letter.append("Amount in dispute: ").append(Formats.money(disputed(claim))).append("\n\n");

		letter.append("To whom it may concern,\n\n");
		letter.append("On behalf of ")
			.append(practiceName)
			.append(", we request a ")
			.append(levelName(level).toLowerCase(java.util.Locale.ROOT))
			.append(" of the claim above. The payer adjusted it as follows:\n\n");
		List<String> codes = denialCodes(claim);
		if (codes.isEmpty()) {
			letter.append("- No denial reason codes were given on the remittance.\n");
		}
		codes.forEach((code) -> letter.append("- ").append(code).append('\n'));
		letter.append("\nWhy the claim should be paid:\n").append(reason.trim()).append("\n\n");
		letter.append("Please reprocess the claim and pay the amount in dispute. ");
		letter.append(timeliness(today, deadline, late));
		letter.append("Supporting records are enclosed or available on request.\n\n");
		letter.append("Sincerely,\n\n")
			.append(firmName)
			.append("\nBilling agent for ")
			.append(practiceName)
			.append('\n');
		return letter.toString();
	}

	/**
	 * Only what is true: on time only when the deadline is known and not passed; a late
	 * appeal says it is late and why it should be heard.
	 */
	static String timeliness(LocalDate today, @Nullable LocalDate deadline, @Nullable LateAppeal late) {
		if (deadline == null) {
			return "";
		}
		if (!today.isAfter(deadline)) {
			return "This appeal is filed within the appeal deadline of " + Formats.date(deadline) + ". ";
		}
		if (late == null) {
			throw new IllegalStateException("A late appeal needs its late reason");
		}
		String text = "The appeal deadline of " + Formats.date(deadline)
				+ " has passed; we ask you to accept this appeal late ";
		return text + switch (late.reason()) {
			case GOOD_CAUSE -> "for good cause: " + late.explanation().strip() + ". ";
			case PROOF_OF_TIMELY_FILING -> "because the claim was filed in time: proof of timely filing is attached ("
					+ late.explanation().strip() + "). ";
		};
	}

	/** What is still denied, or else what the payer still owes. */
	static BigDecimal disputed(ClaimDetail claim) {
		return (claim.deniedOpen().signum() > 0) ? claim.deniedOpen() : claim.insuranceBalance();
	}

	private static List<String> denialCodes(ClaimDetail claim) {
		return claim.payments()
			.stream()
			.flatMap((payment) -> payment.adjustments().stream())
			.filter((adjustment) -> DENIAL.equals(adjustment.adjustmentClass()))
			.map((adjustment) -> adjustment.group() + "-" + adjustment.reason() + " "
					+ Formats.money(adjustment.amount()) + ": " + adjustment.description())
			.distinct()
			.toList();
	}

	private static String serviceDates(ClaimDetail claim) {
		if (claim.serviceDateFrom().equals(claim.serviceDateTo())) {
			return Formats.date(claim.serviceDateFrom());
		}
		return Formats.date(claim.serviceDateFrom()) + " to " + Formats.date(claim.serviceDateTo());
	}

	private static String levelName(int level) {
		return switch (level) {
			case 1 -> "First-level appeal (reconsideration)";
			case 2 -> "Second-level appeal";
			default -> "Level " + level + " appeal";
		};
	}

}

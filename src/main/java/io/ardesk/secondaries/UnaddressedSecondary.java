package io.ardesk.secondaries;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * A claim that should have gone to its secondary payer and did not.
 *
 * @param primaryAdjudicatedOn the payment date of the primary's last adjudication with
 * patient responsibility
 * @param patientResponsibility what the primary left to the patient: what the secondary
 * is asked to cover
 * @param secondaryPayer the secondary on file ({@code null} when the claim file does not
 * name it)
 * @param daysWaiting days since the primary adjudicated
 */
public record UnaddressedSecondary(long claimId, String claimNumber, String primaryPayer,
		@Nullable String secondaryPayer, LocalDate serviceDate, LocalDate primaryAdjudicatedOn,
		BigDecimal patientResponsibility, BigDecimal insuranceBalance, int daysWaiting) {

	/** The reason as the work queue shows it. */
	public String reason() {
		return "Secondary not billed: primary paid " + daysWaiting + " days ago with "
				+ Formats.money(this.patientResponsibility) + " patient responsibility; "
				+ ((this.secondaryPayer != null) ? this.secondaryPayer : "a secondary") + " on file";
	}

}

package io.ardesk.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A claim as the practice submitted it (from an 837P/837I or a CSV export).
 *
 * @param claimNumber the patient control number (CLM01), the practice's claim number
 * @param frequencyCode CLM05-3: 1 original, 7 replacement, 8 void
 * @param payerClaimControlNumber the payer's claim number being replaced or voided
 * (REF*F8)
 * @param responsibilitySequence SBR01: P primary, S secondary, T tertiary
 * @param location the service facility (or billing provider) name
 * @param submissionDate the date the claim was sent (BHT04), if known
 * @param position segment number (X12) or line number (CSV) where the claim starts
 * @param billingTaxId the billing provider's tax id (2010AA REF*EI, or NM109 when NM108
 * is 24), if the file gives one
 */
public record SubmittedClaim(String claimNumber, ClaimForm form, String frequencyCode,
		@Nullable String payerClaimControlNumber, @Nullable String facilityCode, String payerName,
		@Nullable String payerId, String responsibilitySequence, @Nullable String billingNpi,
		@Nullable String renderingNpi, @Nullable String location, PatientIdentity patient,
		@Nullable LocalDate serviceDateFrom, @Nullable LocalDate serviceDateTo, @Nullable LocalDate submissionDate,
		BigDecimal billedAmount, List<ServiceLine> lines, List<PriorPayerAdjudication> priorPayers, int position,
		@Nullable String billingTaxId) {

	public enum ClaimForm {

		PROFESSIONAL, INSTITUTIONAL

	}

	public boolean isReplacement() {
		return "7".equals(this.frequencyCode);
	}

	public boolean isVoid() {
		return "8".equals(this.frequencyCode);
	}

}

package io.ardesk.edi.internal.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.edi.PostalAddress;
import io.ardesk.edi.SubmittedClaim.ClaimForm;

import org.jspecify.annotations.Nullable;

/**
 * One valid row of a claims export: the claim it belongs to and one service line. PHI:
 * never log it.
 */
public record CsvClaimLine(int line, String claimNumber, String patientAccount, String lastName,
		@Nullable String firstName, @Nullable LocalDate dateOfBirth, @Nullable String memberId, String payerName,
		@Nullable String payerId, String responsibility, String frequencyCode, @Nullable String payerClaimNumber,
		@Nullable String billingNpi, @Nullable String renderingNpi, @Nullable String location,
		@Nullable LocalDate submissionDate, ClaimForm form, LocalDate serviceDateFrom,
		@Nullable LocalDate serviceDateTo, String procedureCode, List<String> modifiers, BigDecimal units,
		BigDecimal charge, @Nullable String revenueCode, @Nullable PostalAddress address, @Nullable String billingTaxId,
		PriorPayerAmounts prior) {

	/**
	 * What the earlier payer did with a claim billed to a secondary or tertiary payer:
	 * the {@code prior_payer_paid}, {@code prior_payer_adjusted} and
	 * {@code patient_responsibility} columns.
	 */
	public record PriorPayerAmounts(@Nullable BigDecimal paid, @Nullable BigDecimal adjusted,
			@Nullable BigDecimal patientResponsibility) {

		public static final PriorPayerAmounts NONE = new PriorPayerAmounts(null, null, null);

		public boolean isEmpty() {
			return this.paid == null && this.adjusted == null && this.patientResponsibility == null;
		}

	}

	@Override
	public String toString() {
		return "CsvClaimLine[line=" + this.line + ", redacted]";
	}

}

package io.ardesk.edi.internal.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.ardesk.edi.Adjustment;
import io.ardesk.edi.FileIssue;
import io.ardesk.edi.PatientIdentity;
import io.ardesk.edi.PriorPayerAdjudication;
import io.ardesk.edi.ServiceLine;
import io.ardesk.edi.SubmittedClaim;

import org.jspecify.annotations.Nullable;

/**
 * Groups rows with the same claim number into one claim. Rows of a claim need not be
 * adjacent, but they must agree on every claim-level column; otherwise we could not tell
 * which payer or patient the claim belongs to.
 */
public final class CsvClaimAssembler {

	private static final Map<CsvColumn, Function<CsvClaimLine, @Nullable Object>> CLAIM_FIELDS = claimFields();

	private CsvClaimAssembler() {
	}

	public static List<SubmittedClaim> assemble(List<CsvClaimLine> lines, List<FileIssue> errors,
			List<FileIssue> warnings) {
		Map<String, List<CsvClaimLine>> byClaim = new LinkedHashMap<>();
		for (CsvClaimLine line : lines) {
			byClaim.computeIfAbsent(line.claimNumber(), (claimNumber) -> new ArrayList<>()).add(line);
		}
		List<SubmittedClaim> claims = new ArrayList<>();
		for (List<CsvClaimLine> claimLines : byClaim.values()) {
			if (consistent(claimLines, errors)) {
				SubmittedClaim claim = claim(claimLines, warnings, errors);
				if (claim != null) {
					claims.add(claim);
				}
			}
		}
		return claims;
	}

	private static boolean consistent(List<CsvClaimLine> lines, List<FileIssue> errors) {
		CsvClaimLine first = lines.getFirst();
		boolean consistent = true;
		for (CsvClaimLine other : lines.subList(1, lines.size())) {
			for (Map.Entry<CsvColumn, Function<CsvClaimLine, @Nullable Object>> field : CLAIM_FIELDS.entrySet()) {
				if (!Objects.equals(field.getValue().apply(first), field.getValue().apply(other))) {
					String column = field.getKey().header();
					errors.add(new FileIssue("line " + other.line() + ": " + column + " differs from line "
							+ first.line() + " of the same claim_number", column, other.line()));
					consistent = false;
				}
			}
		}
		return consistent;
	}

	private static @Nullable SubmittedClaim claim(List<CsvClaimLine> lines, List<FileIssue> warnings,
			List<FileIssue> errors) {
		CsvClaimLine first = lines.getFirst();
		List<ServiceLine> serviceLines = new ArrayList<>();
		BigDecimal billed = BigDecimal.ZERO;
		for (CsvClaimLine line : lines) {
			serviceLines.add(
					new ServiceLine(serviceLines.size() + 1, line.procedureCode(), line.modifiers(), line.revenueCode(),
							line.units(), line.charge(), line.serviceDateFrom(), line.serviceDateTo(), null));
			billed = billed.add(line.charge());
		}
		LocalDate from = lines.stream().map(CsvClaimLine::serviceDateFrom).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate to = lines.stream()
			.map((line) -> Objects.requireNonNullElse(line.serviceDateTo(), line.serviceDateFrom()))
			.max(Comparator.naturalOrder())
			.orElseThrow();
		boolean replacesOrVoids = "7".equals(first.frequencyCode()) || "8".equals(first.frequencyCode());
		if (replacesOrVoids && first.payerClaimNumber() == null) {
			warnings.add(new FileIssue("line " + first.line()
					+ ": a replacement or void claim has no payer_claim_number, so it may not match the original",
					CsvColumn.PAYER_CLAIM_NUMBER.header(), first.line()));
		}
		PatientIdentity patient = new PatientIdentity(first.patientAccount(), first.memberId(), first.lastName(),
				first.firstName(), first.dateOfBirth(), first.address());
		List<PriorPayerAdjudication> priorPayers = List.of();
		if (!first.prior().isEmpty()) {
			PriorPayerAdjudication prior = priorPayer(first, billed, errors);
			if (prior == null) {
				return null;
			}
			priorPayers = List.of(prior);
		}
		return new SubmittedClaim(first.claimNumber(), first.form(), first.frequencyCode(), first.payerClaimNumber(),
				null, first.payerName(), first.payerId(), first.responsibility(), first.billingNpi(),
				first.renderingNpi(), first.location(), patient, from, to, first.submissionDate(), billed,
				List.copyOf(serviceLines), priorPayers, first.line(), first.billingTaxId());
	}

	/**
	 * The earlier payer's part from the three columns: paid + adjusted + patient
	 * responsibility is the billed amount, so one missing value follows from the others;
	 * with fewer, the adjusted amount is taken as zero.
	 */
	private static @Nullable PriorPayerAdjudication priorPayer(CsvClaimLine first, BigDecimal billed,
			List<FileIssue> errors) {
		CsvClaimLine.PriorPayerAmounts amounts = first.prior();
		BigDecimal paid = amounts.paid();
		BigDecimal adjusted = amounts.adjusted();
		BigDecimal remaining = amounts.patientResponsibility();
		if (paid == null && adjusted != null && remaining != null) {
			paid = billed.subtract(adjusted).subtract(remaining);
		}
		paid = (paid != null) ? paid : BigDecimal.ZERO;
		if (remaining == null) {
			remaining = billed.subtract(paid).subtract((adjusted != null) ? adjusted : BigDecimal.ZERO);
		}
		if (adjusted == null) {
			adjusted = billed.subtract(paid).subtract(remaining);
		}
		String column = CsvColumn.PRIOR_PAYER_PAID.header();
		if (paid.signum() < 0 || remaining.signum() < 0 || paid.add(adjusted).add(remaining).compareTo(billed) != 0) {
			errors.add(new FileIssue("line " + first.line()
					+ ": prior_payer_paid + prior_payer_adjusted + patient_responsibility must equal the claim's billed "
					+ "amount (the sum of its line charges), none of them negative but the adjustment", column,
					first.line()));
			return null;
		}
		String earlier = "T".equals(first.responsibility()) ? "S" : "P";
		List<Adjustment> adjustments = (adjusted.signum() != 0) ? List.of(new Adjustment("CO", "45", adjusted, null))
				: List.of();
		return new PriorPayerAdjudication(earlier, null, null, paid, adjustments, remaining, true);
	}

	/** How each claim-level column is compared: text ignoring case and spacing. */
	private static Map<CsvColumn, Function<CsvClaimLine, @Nullable Object>> claimFields() {
		Map<CsvColumn, Function<CsvClaimLine, @Nullable Object>> fields = new EnumMap<>(CsvColumn.class);
		fields.put(CsvColumn.PATIENT_ACCOUNT, (line) -> text(line.patientAccount()));
		fields.put(CsvColumn.PATIENT_LAST_NAME, (line) -> text(line.lastName()));
		fields.put(CsvColumn.PATIENT_FIRST_NAME, (line) -> text(line.firstName()));
		fields.put(CsvColumn.PATIENT_DOB, CsvClaimLine::dateOfBirth);
		fields.put(CsvColumn.MEMBER_ID, (line) -> text(line.memberId()));
		fields.put(CsvColumn.PAYER_NAME, (line) -> text(line.payerName()));
		fields.put(CsvColumn.PAYER_ID, (line) -> text(line.payerId()));
		fields.put(CsvColumn.RESPONSIBILITY, CsvClaimLine::responsibility);
		fields.put(CsvColumn.FREQUENCY_CODE, CsvClaimLine::frequencyCode);
		fields.put(CsvColumn.PAYER_CLAIM_NUMBER, (line) -> text(line.payerClaimNumber()));
		fields.put(CsvColumn.BILLING_NPI, CsvClaimLine::billingNpi);
		fields.put(CsvColumn.RENDERING_NPI, CsvClaimLine::renderingNpi);
		fields.put(CsvColumn.LOCATION, (line) -> text(line.location()));
		fields.put(CsvColumn.SUBMISSION_DATE, CsvClaimLine::submissionDate);
		fields.put(CsvColumn.CLAIM_FORM, CsvClaimLine::form);
		fields.put(CsvColumn.PATIENT_ADDRESS1,
				(line) -> text((line.address() != null) ? line.address().line1() : null));
		fields.put(CsvColumn.PATIENT_ADDRESS2,
				(line) -> text((line.address() != null) ? line.address().line2() : null));
		fields.put(CsvColumn.PATIENT_CITY, (line) -> text((line.address() != null) ? line.address().city() : null));
		fields.put(CsvColumn.PATIENT_STATE, (line) -> (line.address() != null) ? line.address().state() : null);
		fields.put(CsvColumn.PATIENT_ZIP, (line) -> (line.address() != null) ? line.address().zip() : null);
		fields.put(CsvColumn.BILLING_TAX_ID, CsvClaimLine::billingTaxId);
		fields.put(CsvColumn.PRIOR_PAYER_PAID, (line) -> line.prior().paid());
		fields.put(CsvColumn.PRIOR_PAYER_ADJUSTED, (line) -> line.prior().adjusted());
		fields.put(CsvColumn.PATIENT_RESPONSIBILITY, (line) -> line.prior().patientResponsibility());
		return fields;
	}

	private static @Nullable String text(@Nullable String value) {
		return (value != null) ? value.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT) : null;
	}

}

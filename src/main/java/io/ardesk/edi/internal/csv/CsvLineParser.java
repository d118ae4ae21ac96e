package io.ardesk.edi.internal.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import io.ardesk.edi.FileIssue;
import io.ardesk.edi.PostalAddress;
import io.ardesk.edi.SubmittedClaim.ClaimForm;

import org.jspecify.annotations.Nullable;

/**
 * Turns one row into a {@link CsvClaimLine}, reporting every bad value of the row rather
 * than stopping at the first, so a person can fix the file in one pass.
 */
public final class CsvLineParser {

	private final CsvHeader header;

	private final List<FileIssue> errors;

	private final List<FileIssue> warnings;

	public CsvLineParser(CsvHeader header, List<FileIssue> errors, List<FileIssue> warnings) {
		this.header = header;
		this.errors = errors;
		this.warnings = warnings;
	}

	/**
	 * The longest text the ledger keeps per free-text column (the X12 sizes where the
	 * same value comes from an 837, so that the derived patient and payer keys fit too);
	 * coded columns are checked by their parsers.
	 */
	private static final Map<CsvColumn, Integer> MAX_LENGTHS = Map.of(CsvColumn.CLAIM_NUMBER, 80,
			CsvColumn.PATIENT_ACCOUNT, 80, CsvColumn.PATIENT_LAST_NAME, 60, CsvColumn.PATIENT_FIRST_NAME, 35,
			CsvColumn.MEMBER_ID, 80, CsvColumn.PAYER_NAME, 200, CsvColumn.PAYER_ID, 80, CsvColumn.PAYER_CLAIM_NUMBER,
			80, CsvColumn.LOCATION, 200);

	/** The parsed line, or {@code null} when the row has errors (already reported). */
	public @Nullable CsvClaimLine parse(CsvRow row) {
		int errorsBefore = this.errors.size();
		if (this.header.overflows(row)) {
			error(row, null, "has more values than the header has columns (is a comma missing quotes?)");
		}
		Values values = new Values(row);
		String claimNumber = values.required(CsvColumn.CLAIM_NUMBER, Function.identity());
		String account = values.required(CsvColumn.PATIENT_ACCOUNT, Function.identity());
		String lastName = values.required(CsvColumn.PATIENT_LAST_NAME, Function.identity());
		String firstName = values.optional(CsvColumn.PATIENT_FIRST_NAME, Function.identity());
		LocalDate dateOfBirth = values.optional(CsvColumn.PATIENT_DOB, CsvValues::date);
		String memberId = values.optional(CsvColumn.MEMBER_ID, Function.identity());
		String payerName = values.required(CsvColumn.PAYER_NAME, Function.identity());
		String payerId = values.optional(CsvColumn.PAYER_ID, Function.identity());
		String responsibility = values.optional(CsvColumn.RESPONSIBILITY, CsvValues::responsibility, "P");
		String frequency = values.optional(CsvColumn.FREQUENCY_CODE, CsvValues::frequencyCode, "1");
		String payerClaimNumber = values.optional(CsvColumn.PAYER_CLAIM_NUMBER, Function.identity());
		String billingNpi = values.optional(CsvColumn.BILLING_NPI, CsvValues::npi);
		String renderingNpi = values.optional(CsvColumn.RENDERING_NPI, CsvValues::npi);
		String location = values.optional(CsvColumn.LOCATION, Function.identity());
		LocalDate from = values.required(CsvColumn.SERVICE_DATE_FROM, CsvValues::date);
		LocalDate to = values.optional(CsvColumn.SERVICE_DATE_TO, CsvValues::date);
		LocalDate submitted = values.optional(CsvColumn.SUBMISSION_DATE, CsvValues::date);
		String procedure = values.required(CsvColumn.PROCEDURE_CODE, CsvValues::procedureCode);
		List<String> modifiers = values.optional(CsvColumn.MODIFIERS, CsvValues::modifiers, List.of());
		BigDecimal units = values.optional(CsvColumn.UNITS, CsvValues::units, BigDecimal.ONE);
		BigDecimal charge = values.required(CsvColumn.LINE_CHARGE, CsvLineParser::charge);
		String revenueCode = values.optional(CsvColumn.REVENUE_CODE, CsvValues::revenueCode);
		ClaimForm form = values.optional(CsvColumn.CLAIM_FORM, CsvLineParser::form, ClaimForm.PROFESSIONAL);
		PostalAddress address = address(row, values);
		String billingTaxId = values.optional(CsvColumn.BILLING_TAX_ID, CsvValues::taxId);
		CsvClaimLine.PriorPayerAmounts prior = new CsvClaimLine.PriorPayerAmounts(
				values.optional(CsvColumn.PRIOR_PAYER_PAID, CsvLineParser::charge),
				values.optional(CsvColumn.PRIOR_PAYER_ADJUSTED, CsvValues::money),
				values.optional(CsvColumn.PATIENT_RESPONSIBILITY, CsvLineParser::charge));
		if (!prior.isEmpty() && "P".equals(responsibility)) {
			error(row, CsvColumn.RESPONSIBILITY,
					"must be S or T when prior_payer_paid, prior_payer_adjusted or patient_responsibility is given");
		}

		if (from != null && to != null && to.isBefore(from)) {
			error(row, CsvColumn.SERVICE_DATE_TO, "is before service_date_from");
		}
		if (from != null && dateOfBirth != null && dateOfBirth.isAfter(from)) {
			error(row, CsvColumn.PATIENT_DOB, "is after the date of service");
		}
		if (this.errors.size() > errorsBefore) {
			return null;
		}
		warnAboutNpi(row, CsvColumn.BILLING_NPI, billingNpi);
		warnAboutNpi(row, CsvColumn.RENDERING_NPI, renderingNpi);
		return new CsvClaimLine(row.line(), claimNumber, account, lastName, firstName, dateOfBirth, memberId, payerName,
				payerId, responsibility, frequency, payerClaimNumber, billingNpi, renderingNpi, location, submitted,
				form, from, to, procedure, modifiers, units, charge, revenueCode, address, billingTaxId, prior);
	}

	/**
	 * The patient's mailing address: all five columns may be empty (no address), but a
	 * row that gives any part needs the street, city, state and ZIP to be mailable.
	 */
	private @Nullable PostalAddress address(CsvRow row, Values values) {
		List<CsvColumn> needed = List.of(CsvColumn.PATIENT_ADDRESS1, CsvColumn.PATIENT_CITY, CsvColumn.PATIENT_STATE,
				CsvColumn.PATIENT_ZIP);
		boolean any = Stream.concat(needed.stream(), Stream.of(CsvColumn.PATIENT_ADDRESS2))
			.anyMatch((column) -> !this.header.value(row, column).isEmpty());
		if (!any) {
			return null;
		}
		String line1 = values.optional(CsvColumn.PATIENT_ADDRESS1, Function.identity());
		String line2 = values.optional(CsvColumn.PATIENT_ADDRESS2, Function.identity());
		String city = values.optional(CsvColumn.PATIENT_CITY, Function.identity());
		String state = values.optional(CsvColumn.PATIENT_STATE, CsvValues::state);
		String zip = values.optional(CsvColumn.PATIENT_ZIP, CsvValues::zip);
		boolean complete = true;
		for (CsvColumn column : needed) {
			if (this.header.value(row, column).isEmpty()) {
				error(row, column, "is required when the row gives a patient address");
				complete = false;
			}
		}
		if (!complete || line1 == null || city == null || state == null || zip == null) {
			return null;
		}
		return new PostalAddress(line1, line2, city, state, zip);
	}

	private static BigDecimal charge(String text) {
		BigDecimal charge = CsvValues.money(text);
		if (charge.signum() < 0) {
			throw new IllegalArgumentException("must not be negative");
		}
		return charge;
	}

	private static ClaimForm form(String text) {
		return switch (text.toUpperCase(Locale.ROOT).replace(" ", "")) {
			case "PROFESSIONAL", "P", "837P", "CMS-1500", "CMS1500" -> ClaimForm.PROFESSIONAL;
			case "INSTITUTIONAL", "I", "837I", "UB-04", "UB04" -> ClaimForm.INSTITUTIONAL;
			default -> throw new IllegalArgumentException("must be PROFESSIONAL or INSTITUTIONAL");
		};
	}

	private void warnAboutNpi(CsvRow row, CsvColumn column, @Nullable String npi) {
		if (npi != null && !CsvValues.npiCheckDigitMatches(npi)) {
			this.warnings.add(issue(row, column, "fails the NPI check digit; the payer may reject it"));
		}
	}

	private void error(CsvRow row, @Nullable CsvColumn column, String problem) {
		this.errors.add(issue(row, column, problem));
	}

	private static FileIssue issue(CsvRow row, @Nullable CsvColumn column, String problem) {
		String subject = (column != null) ? column.header() + " " : "the row ";
		return new FileIssue("line " + row.line() + ": " + subject + problem, (column != null) ? column.header() : null,
				row.line());
	}

	/** Reads the cells of one row, reporting each problem against its column. */
	private final class Values {

		private final CsvRow row;

		Values(CsvRow row) {
			this.row = row;
		}

		/**
		 * The parsed value; {@code null} only after an error was reported, in which case
		 * the line is dropped, so callers may treat the result as present.
		 */
		<T> T required(CsvColumn column, Function<String, T> parser) {
			if (CsvLineParser.this.header.value(this.row, column).isEmpty()) {
				error(this.row, column, "is required");
				return null;
			}
			return optional(column, parser);
		}

		<T> T optional(CsvColumn column, Function<String, T> parser, T fallback) {
			return Objects.requireNonNullElse(optional(column, parser), fallback);
		}

		<T> @Nullable T optional(CsvColumn column, Function<String, T> parser) {
			String text = CsvLineParser.this.header.value(this.row, column);
			if (text.isEmpty()) {
				return null;
			}
			if (text.indexOf('\0') >= 0) {
				error(this.row, column, "holds a character that cannot be stored (NUL)");
				return null;
			}
			Integer maxLength = MAX_LENGTHS.get(column);
			if (maxLength != null && text.length() > maxLength) {
				error(this.row, column, "is " + text.length() + " characters long; at most " + maxLength + " are kept");
				return null;
			}
			try {
				return parser.apply(text);
			}
			catch (IllegalArgumentException ex) {
				error(this.row, column, ex.getMessage());
				return null;
			}
		}

	}

}

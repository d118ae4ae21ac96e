package io.ardesk.edi.internal.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a claims export. Headers are matched case-insensitively after
 * normalisation ("Claim #" and "claim-number" both become {@code claim_number}), so the
 * aliases only list genuinely different words that practice-management systems use.
 */
public enum CsvColumn {

	CLAIM_NUMBER(true, true, "claim_no", "claim_id", "claim", "patient_control_number", "pcn"),
	PATIENT_ACCOUNT(true, true, "account_number", "patient_account_number", "account", "account_no", "acct"),
	PATIENT_LAST_NAME(true, true, "last_name", "patient_last"),
	PATIENT_FIRST_NAME(false, true, "first_name", "patient_first"),
	PATIENT_DOB(false, true, "dob", "date_of_birth", "birth_date", "patient_date_of_birth", "patient_birth_date"),
	MEMBER_ID(false, true, "subscriber_id", "insured_id", "member_number", "policy_number"),
	PAYER_NAME(true, true, "payer", "payor", "payor_name", "insurance", "insurance_name", "carrier"),
	PAYER_ID(false, true, "payor_id", "payer_code"),
	RESPONSIBILITY(false, true, "payer_sequence", "responsibility_sequence", "coverage_order"),
	FREQUENCY_CODE(false, true, "frequency", "claim_frequency", "claim_frequency_code"),
	PAYER_CLAIM_NUMBER(false, true, "payer_icn", "icn", "original_claim_number", "payer_claim_control_number"),
	BILLING_NPI(false, true, "billing_provider_npi"), RENDERING_NPI(false, true, "rendering_provider_npi"),
	LOCATION(false, true, "facility", "service_location", "facility_name"),
	SERVICE_DATE_FROM(true, false, "dos", "dos_from", "date_of_service", "service_date", "from_date"),
	SERVICE_DATE_TO(false, false, "dos_to", "to_date", "service_date_through"),
	SUBMISSION_DATE(false, true, "submitted_date", "date_submitted", "submitted", "bill_date", "billed_date"),
	PROCEDURE_CODE(true, false, "cpt", "cpt_code", "hcpcs", "hcpcs_code", "cpt_hcpcs", "procedure"),
	MODIFIERS(false, false, "modifier", "mods"), UNITS(false, false, "unit", "quantity", "qty", "service_units"),
	LINE_CHARGE(true, false, "charge", "charges", "charge_amount", "line_amount", "amount", "billed_amount"),
	REVENUE_CODE(false, false, "rev_code"), CLAIM_FORM(false, true, "form", "claim_type"),
	PATIENT_ADDRESS1(false, true, "patient_address", "patient_address_1", "patient_address_line_1", "patient_street",
			"address1", "address_1", "address_line_1", "address", "street"),
	PATIENT_ADDRESS2(false, true, "patient_address_2", "patient_address_line_2", "address2", "address_2",
			"address_line_2"),
	PATIENT_CITY(false, true, "city"), PATIENT_STATE(false, true, "state", "patient_st", "st"),
	PATIENT_ZIP(false, true, "zip", "zip_code", "zipcode", "postal_code", "patient_zip_code", "patient_postal_code"),
	BILLING_TAX_ID(false, true, "tax_id", "ein", "billing_ein", "federal_tax_id", "billing_provider_tax_id"),
	PRIOR_PAYER_PAID(false, true, "primary_paid", "other_payer_paid", "prior_paid"),
	PRIOR_PAYER_ADJUSTED(false, true, "primary_adjusted", "other_payer_adjusted", "prior_adjusted"),
	PATIENT_RESPONSIBILITY(false, true, "remaining_patient_liability", "patient_liability", "patient_share");

	private final boolean required;

	private final boolean claimLevel;

	private final List<String> aliases;

	CsvColumn(boolean required, boolean claimLevel, String... aliases) {
		this.required = required;
		this.claimLevel = claimLevel;
		this.aliases = List.of(aliases);
	}

	/** The name the documentation and the template use. */
	public String header() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean required() {
		return this.required;
	}

	/** Whether every row of one claim must repeat the same value. */
	public boolean claimLevel() {
		return this.claimLevel;
	}

	public static Optional<CsvColumn> forHeader(String header) {
		String normalized = normalize(header);
		for (CsvColumn column : values()) {
			if (column.header().equals(normalized) || column.aliases.contains(normalized)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	static String normalize(String header) {
		return header.strip()
			.toLowerCase(Locale.ROOT)
			.replace("#", " number")
			.replaceAll("[^a-z0-9]+", "_")
			.replaceAll("^_+|_+$", "");
	}

}

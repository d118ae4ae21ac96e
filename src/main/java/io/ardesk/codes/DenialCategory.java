package io.ardesk.codes;

/**
 * Why a payer did not pay, grouped the way billing teams work denials. Only meaningful as
 * a denial reason when {@link ReasonCodeCatalog#classify} says
 * {@link AdjustmentClass#DENIAL}; contractual and patient-responsibility codes carry
 * their own category so that every code has one.
 */
public enum DenialCategory {

	ELIGIBILITY("Eligibility and coverage"), AUTHORIZATION("Authorization and referral"),
	MEDICAL_NECESSITY("Medical necessity"), CODING_BUNDLING("Coding and bundling"),
	MISSING_INFORMATION("Missing or invalid information"), DUPLICATE("Duplicate"), TIMELY_FILING("Timely filing"),
	COORDINATION_OF_BENEFITS("Coordination of benefits"), CONTRACTUAL("Contractual"),
	PATIENT_RESPONSIBILITY("Patient responsibility"), OTHER("Other");

	private final String label;

	DenialCategory(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

package io.ardesk.escalation;

/** Why the practice flagged the claim. */
public enum EscalationReason {

	PATIENT_COMPLAINT("Patient complaint"), HIGH_DOLLAR("High dollar"), AGING("Aging"), PAYER_ISSUE("Payer issue"),
	OTHER("Other");

	private final String label;

	EscalationReason(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

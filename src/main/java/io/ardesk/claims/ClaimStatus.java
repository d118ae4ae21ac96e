package io.ardesk.claims;

/** Where a claim stands, derived from its balances and its last adjudication. */
public enum ClaimStatus {

	SUBMITTED("Submitted"), IN_PROCESS("In process"), PARTIALLY_PAID("Partially paid"), DENIED("Denied"),
	FORWARDED("Forwarded to secondary"), PATIENT_BALANCE("Patient balance"), PAID("Paid"), CLOSED("Closed"),
	VOIDED("Voided");

	private final String label;

	ClaimStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isOpen() {
		return this != PAID && this != CLOSED && this != VOIDED;
	}

}

package io.ardesk.claims;

/** Where a claim stands, derived from its balances and its last adjudication. */
public enum ClaimStatus {

	SUBMITTED("Submitted"), IN_PROCESS("In process"), PARTIALLY_PAID("Partially paid"), DENIED("Denied"),
	/**
	 * The primary crossed the claim over to the secondary itself: at the secondary, no
	 * bill needed.
	 */
	FORWARDED("At secondary (crossover)"),
	/** The primary has paid; what is left waits for the secondary (or tertiary) payer. */
	AWAITING_SECONDARY("Awaiting secondary"), PATIENT_BALANCE("Patient balance"),
	/** Money is owed back to a payer or the patient: waiting for refund review. */
	CREDIT_BALANCE("Credit balance"), PAID("Paid"), CLOSED("Closed"), VOIDED("Voided");

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

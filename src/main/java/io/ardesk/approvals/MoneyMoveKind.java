package io.ardesk.approvals;

/** The kinds of money a person moves by hand, each posted by the module that owns it. */
public enum MoneyMoveKind {

	/** Part of the insurance or patient balance written off (an adjustment). */
	WRITE_OFF("Write-off"),
	/** Part of the insurance balance moved to the patient. */
	TRANSFER_TO_PATIENT("Transfer to patient"),
	/** A payment the patient made, spread over their open claims oldest first. */
	PATIENT_PAYMENT("Patient payment"),
	/** Money owed back (a credit balance) paid back to the payer or the patient. */
	REFUND("Refund");

	private final String label;

	MoneyMoveKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

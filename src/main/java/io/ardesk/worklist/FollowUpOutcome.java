package io.ardesk.worklist;

/** What a follow-up found out. */
public enum FollowUpOutcome {

	IN_PROCESS("In process"), PAID("Paid, payment on the way"), DENIED("Denied"),
	NEEDS_INFORMATION("Payer needs information"), NO_CLAIM_ON_FILE("No claim on file"),
	CORRECTED_CLAIM_SENT("Corrected claim sent"), APPEAL_SUBMITTED("Appeal submitted"), OTHER("Other");

	private final String label;

	FollowUpOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

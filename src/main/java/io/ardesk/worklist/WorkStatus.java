package io.ardesk.worklist;

/**
 * Where the follow-up of a claim stands, set by the person working it; the ledger status
 * (paid, denied...) comes from the payer's decisions and cannot be set by hand.
 */
public enum WorkStatus {

	NEW("New"), IN_PROGRESS("In progress"), WAITING_ON_PAYER("Waiting on payer"),
	WAITING_ON_CLIENT("Waiting on client"), APPEALED("Appealed"), REBILLED("Corrected claim sent"),
	RESOLVED("Resolved");

	private final String label;

	WorkStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

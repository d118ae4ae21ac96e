package io.ardesk.escalation;

/** Where a client escalation stands. */
public enum EscalationStatus {

	OPEN("Open"), ACKNOWLEDGED("Acknowledged"), IN_PROGRESS("In progress"), RESOLVED("Resolved");

	private final String label;

	EscalationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isOpen() {
		return this != RESOLVED;
	}

}

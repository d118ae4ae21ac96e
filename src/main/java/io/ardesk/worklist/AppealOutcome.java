package io.ardesk.worklist;

/** How an appeal ended; its status afterwards. */
public enum AppealOutcome {

	WON("Won"), LOST("Lost"), WITHDRAWN("Withdrawn");

	private final String label;

	AppealOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

package io.ardesk.review;

/** Where an open escalation stands against its SLA deadlines now. */
public enum SlaState {

	ON_TIME("On time"), ACKNOWLEDGE_OVERDUE("Acknowledgement overdue"), RESOLVE_OVERDUE("Resolution overdue");

	private final String label;

	SlaState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

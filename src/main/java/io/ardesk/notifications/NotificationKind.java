package io.ardesk.notifications;

/** What a notification is about. */
public enum NotificationKind {

	ESCALATION_RAISED("Escalation raised"), ESCALATION_OVERDUE("Escalation overdue"),
	ESCALATION_UPDATED("Escalation updated"), DEADLINE_APPROACHING("Deadline approaching"),
	NO_RESPONSE("No response from the payer"), CADENCE_DUE("Follow-up due"), DIGEST("Morning digest"),
	CLIENT_REPORT("Client report");

	private final String label;

	NotificationKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

package io.ardesk.reports;

/** The two reports a practice receives. */
public enum ReportKind {

	WEEKLY("Weekly"), MONTHLY("Monthly");

	private final String label;

	ReportKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

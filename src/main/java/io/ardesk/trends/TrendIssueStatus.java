package io.ardesk.trends;

/** Where a trend issue stands: open → in progress → resolved; detection reopens it. */
public enum TrendIssueStatus {

	OPEN("Open"), IN_PROGRESS("In progress"), RESOLVED("Resolved");

	private final String label;

	TrendIssueStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

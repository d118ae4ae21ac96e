package io.ardesk.reports;

/** What built an archived report. */
public enum ReportTrigger {

	/** The scheduled job, for the period just closed. */
	SCHEDULE("Scheduled"),
	/** Staff, by hand ("Generate now" or the REST call). */
	ON_DEMAND("On demand");

	private final String label;

	ReportTrigger(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

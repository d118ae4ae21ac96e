package io.ardesk.jobs;

/** How a job run stands. */
public enum JobOutcome {

	WAITING("Waiting"), RUNNING("Running"), RETRYING("Failed, will retry"), SUCCEEDED("Succeeded"), FAILED("Failed");

	private final String label;

	JobOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

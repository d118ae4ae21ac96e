package io.ardesk.worklist;

/**
 * Which part of a queue a list shows. A claim whose every deadline passed more than the
 * client's grace period ago ({@code followUp.deadlineGraceDays}) can rarely still be
 * saved: it leaves the main order for a manager's decision (write-off review, proof of
 * timely filing, a second-level appeal).
 */
public enum QueueView {

	/** Claims with a live deadline (or none), best first: the working list. */
	LIVE("Live"),
	/** Claims whose every deadline passed beyond the grace period. */
	DEADLINE_MISSED("Deadline missed");

	private final String label;

	QueueView(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

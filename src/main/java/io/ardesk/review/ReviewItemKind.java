package io.ardesk.review;

/** What was recorded in a review. */
public enum ReviewItemKind {

	/** Something agreed; stays in its week. */
	DECISION("Decision"),
	/** Something to do by a date; carried to later weeks until done. */
	ACTION("Action item");

	private final String label;

	ReviewItemKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

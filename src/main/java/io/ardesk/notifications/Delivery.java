package io.ardesk.notifications;

/** How a user wants to hear about things besides the in-app list. */
public enum Delivery {

	/** An e-mail for every notification, and the morning digest. */
	IMMEDIATE("E-mail at once"),
	/** Only the morning digest by e-mail. */
	DIGEST_ONLY("Morning digest only"),
	/** No e-mail at all; the in-app list only. */
	NONE("No e-mail");

	private final String label;

	Delivery(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

package io.ardesk.worklist;

/** How a follow-up was made. */
public enum FollowUpChannel {

	CALL("Phone call"), PAYER_PORTAL("Payer portal"), EMAIL("Email"), FAX("Fax"), CLEARINGHOUSE("Clearinghouse");

	private final String label;

	FollowUpChannel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

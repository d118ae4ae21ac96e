package io.ardesk.security;

/** What a user does at the AR firm (or at a client practice). */
public enum Role {

	/** Runs the firm's portal: every client, users and assignments. */
	FIRM_ADMIN("Firm administrator"),
	/** Owns client relationships: assigned clients, approvals, escalations. */
	ACCOUNT_MANAGER("Account manager"),
	/** Works the claims of the clients assigned to them. */
	AR_SPECIALIST("AR specialist"),
	/** A client practice's own staff: their practice only, read-only. */
	CLIENT_VIEWER("Client viewer");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isStaff() {
		return this != CLIENT_VIEWER;
	}

}

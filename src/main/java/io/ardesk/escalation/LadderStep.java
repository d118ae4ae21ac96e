package io.ardesk.escalation;

/**
 * The SLA ladder, in order: not acknowledged by the deadline (account manager), nor by
 * twice the window (firm administrator); then the same for resolving.
 */
public enum LadderStep {

	ACKNOWLEDGE_LATE("not acknowledged in time", false),
	ACKNOWLEDGE_TWICE_LATE("not acknowledged in twice the time", true), RESOLVE_LATE("not resolved in time", false),
	RESOLVE_TWICE_LATE("not resolved in twice the time", true);

	private final String description;

	private final boolean toFirmAdministrators;

	LadderStep(String description, boolean toFirmAdministrators) {
		this.description = description;
		this.toFirmAdministrators = toFirmAdministrators;
	}

	public String description() {
		return this.description;
	}

	/** The account managers hear first, the firm administrators at twice the window. */
	public boolean toFirmAdministrators() {
		return this.toFirmAdministrators;
	}

}

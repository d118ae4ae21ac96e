package io.ardesk.patients;

/** What started a statement run. */
public enum RunTrigger {

	/** The monthly run on the client's cycle day. */
	SCHEDULED,
	/** A manager asked for it. */
	ON_DEMAND

}

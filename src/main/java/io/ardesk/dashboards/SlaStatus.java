package io.ardesk.dashboards;

/** Whether the firm keeps a promise to the client. */
public enum SlaStatus {

	/** Target met. */
	GREEN,
	/** Missed, but within the warning band. */
	AMBER,
	/** Missed beyond the warning band. */
	RED,
	/** Nothing to measure (no open claims, no new denials, escalations not recorded). */
	NOT_MEASURED

}

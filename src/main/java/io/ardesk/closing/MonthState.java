package io.ardesk.closing;

/** Whether a client's month is still open to postings or closed with frozen figures. */
public enum MonthState {

	OPEN, CLOSED

}

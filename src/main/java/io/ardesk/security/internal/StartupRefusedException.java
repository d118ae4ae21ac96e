package io.ardesk.security.internal;

/**
 * A setting makes start-up unsafe (no or a weak first administrator password, a short
 * token key): start-up stops with one line saying what is wrong and what to do, not a
 * stack trace.
 */
class StartupRefusedException extends RuntimeException {

	private final String action;

	StartupRefusedException(String description, String action) {
		super(description);
		this.action = action;
	}

	String action() {
		return this.action;
	}

}

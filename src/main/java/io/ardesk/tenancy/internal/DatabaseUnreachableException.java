package io.ardesk.tenancy.internal;

/** The external PostgreSQL named by the configuration does not answer. */
class DatabaseUnreachableException extends RuntimeException {

	private final String url;

	DatabaseUnreachableException(String url) {
		super("Cannot reach PostgreSQL at " + url);
		this.url = url;
	}

	String url() {
		return this.url;
	}

}

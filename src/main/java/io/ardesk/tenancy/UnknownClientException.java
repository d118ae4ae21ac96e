package io.ardesk.tenancy;

/** The client id names no active client practice. */
public class UnknownClientException extends RuntimeException {

	public UnknownClientException(ClientId id) {
		super("Unknown client: " + id.value());
	}

}

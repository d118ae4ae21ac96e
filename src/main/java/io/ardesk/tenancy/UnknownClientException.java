package io.ardesk.tenancy;

import io.ardesk.shared.problem.NotFoundException;

/**
 * The client id names no active client practice, or one the caller may not know about:
 * both answer the same, so that nobody learns which practices exist.
 */
public class UnknownClientException extends NotFoundException {

	/** What every caller is told, whatever the reason. */
	public static final String MESSAGE = "No such client.";

	public UnknownClientException(ClientId id) {
		super(MESSAGE);
	}

}

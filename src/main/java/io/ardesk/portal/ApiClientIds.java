package io.ardesk.portal;

import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.UnknownClientException;

/**
 * Turns a client id from a URL into a {@link ClientId}; a malformed one is simply
 * unknown.
 */
public final class ApiClientIds {

	private ApiClientIds() {
	}

	public static ClientId parse(String value) {
		if (!ClientId.isValid(value)) {
			throw new UnknownClientException(ClientId.of("unknown"));
		}
		return ClientId.of(value);
	}

}

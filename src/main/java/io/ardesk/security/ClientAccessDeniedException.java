package io.ardesk.security;

import org.springframework.security.access.AccessDeniedException;

/** The current user may not read, or may not change, the client practice asked for. */
public class ClientAccessDeniedException extends AccessDeniedException {

	public ClientAccessDeniedException(String message) {
		super(message);
	}

}

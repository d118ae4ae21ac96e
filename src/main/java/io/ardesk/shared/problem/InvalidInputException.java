package io.ardesk.shared.problem;

import org.jspecify.annotations.Nullable;

/** Input that is malformed, too long or out of range: HTTP 400. */
public class InvalidInputException extends DomainException {

	public InvalidInputException(@Nullable String field, String message) {
		super(field, message);
	}

}

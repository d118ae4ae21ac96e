package io.ardesk.shared.problem;

import org.jspecify.annotations.Nullable;

/**
 * The state changed under the caller, or the action was already decided (a stale version,
 * a request approved twice): HTTP 409.
 */
public class ConflictException extends DomainException {

	public ConflictException(@Nullable String field, String message) {
		super(field, message);
	}

}

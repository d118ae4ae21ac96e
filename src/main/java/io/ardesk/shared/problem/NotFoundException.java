package io.ardesk.shared.problem;

import org.jspecify.annotations.Nullable;

/** The thing asked for does not exist, or the caller may not know that it does: 404. */
public class NotFoundException extends DomainException {

	public NotFoundException(String message) {
		super(null, message);
	}

	/** Not found, naming the path segment or parameter that named the missing thing. */
	public NotFoundException(@Nullable String field, String message) {
		super(field, message);
	}

}

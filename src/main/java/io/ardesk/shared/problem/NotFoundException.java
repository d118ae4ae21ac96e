package io.ardesk.shared.problem;

/** The thing asked for does not exist, or the caller may not know that it does: 404. */
public class NotFoundException extends DomainException {

	public NotFoundException(String message) {
		super(null, message);
	}

}

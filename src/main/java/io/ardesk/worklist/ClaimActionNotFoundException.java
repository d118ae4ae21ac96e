package io.ardesk.worklist;

import io.ardesk.shared.problem.NotFoundException;

/** The claim, request, appeal or note asked for does not exist for this client. */
public class ClaimActionNotFoundException extends NotFoundException {

	public ClaimActionNotFoundException(String message) {
		super(message);
	}

}

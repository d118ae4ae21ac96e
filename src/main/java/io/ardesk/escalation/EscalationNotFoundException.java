package io.ardesk.escalation;

import io.ardesk.shared.problem.NotFoundException;

/** No such escalation (or claim) for this client: 404. */
public class EscalationNotFoundException extends NotFoundException {

	public EscalationNotFoundException(String message) {
		super(message);
	}

}

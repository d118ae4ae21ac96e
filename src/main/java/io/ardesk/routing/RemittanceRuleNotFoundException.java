package io.ardesk.routing;

import io.ardesk.shared.problem.NotFoundException;

public class RemittanceRuleNotFoundException extends NotFoundException {

	public RemittanceRuleNotFoundException(long id) {
		super("No remittance rule " + id + " for this client.");
	}

}

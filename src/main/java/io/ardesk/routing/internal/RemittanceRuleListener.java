package io.ardesk.routing.internal;

import io.ardesk.imports.FileImported;
import io.ardesk.imports.ImportStatus;
import io.ardesk.routing.RemittanceRules;
import io.ardesk.security.SystemActor;
import io.ardesk.worklist.WorkQueue;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the rules when an import posts, inside its transaction (a rule that fails rolls
 * the import back with it). The claims get their queue rows first, so that the rules'
 * owner, status and next action land on scored rows.
 */
@Component
class RemittanceRuleListener {

	private final RemittanceRules rules;

	private final WorkQueue queue;

	RemittanceRuleListener(RemittanceRules rules, WorkQueue queue) {
		this.rules = rules;
		this.queue = queue;
	}

	@EventListener
	void onFileImported(FileImported event) {
		if (event.status() != ImportStatus.POSTED) {
			return;
		}
		SystemActor.run(() -> {
			if (!this.rules.rulesExist(event.client())) {
				return;
			}
			this.queue.refresh(event.client(), false);
			this.rules.applyToImport(event.client(), event.importId());
		});
	}

}

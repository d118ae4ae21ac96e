package io.ardesk.routing.api;

import java.util.List;

import io.ardesk.portal.ApiClientIds;
import io.ardesk.routing.RemittanceRule;
import io.ardesk.routing.RemittanceRules;
import io.ardesk.routing.RuleDraft;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's remittance rules. Body:
 * {@code {"name", "when": {"carcs": ["197"], "groupCode": "CO", "payerId",
 * "payerCategory", "payerOrder": "PRIMARY|SECONDARY|ANY", "minDenied"}, "then":
 * {"setCategory", "assignTo", "workStatus", "nextActionDays", "documentRequest"}}}. Staff
 * read; account managers and firm administrators write; a rule on a routine code answers
 * 422 naming {@code when.carcs}.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/remittance-rules")
class RemittanceRulesApi {

	private final RemittanceRules rules;

	RemittanceRulesApi(RemittanceRules rules) {
		this.rules = rules;
	}

	@GetMapping
	List<RemittanceRule> rules(@PathVariable String clientId) {
		return this.rules.rules(ApiClientIds.parse(clientId));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RemittanceRule create(@PathVariable String clientId, @RequestBody RuleDraft draft) {
		return this.rules.create(ApiClientIds.parse(clientId), draft);
	}

	@PutMapping("/{id}")
	RemittanceRule update(@PathVariable String clientId, @PathVariable long id, @RequestBody RuleDraft draft) {
		return this.rules.update(ApiClientIds.parse(clientId), id, draft);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String clientId, @PathVariable long id) {
		this.rules.delete(ApiClientIds.parse(clientId), id);
	}

}

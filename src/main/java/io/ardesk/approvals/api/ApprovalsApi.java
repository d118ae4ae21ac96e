package io.ardesk.approvals.api;

import java.util.List;

import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.problem.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Money moves waiting for a second person, for integration partners: the pending list and
 * the decision. Deciders only (account managers, firm administrators), never on their own
 * request: 403; unknown request 404; a request decided twice 409.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/approvals")
class ApprovalsApi {

	private final MoneyMoveApprovals approvals;

	ApprovalsApi(MoneyMoveApprovals approvals) {
		this.approvals = approvals;
	}

	record DecisionBody(@Nullable Boolean approve, @Nullable String note) {
	}

	@GetMapping
	List<MoneyMoveRequest> pending(@PathVariable String clientId) {
		return this.approvals.pending(ApiClientIds.parse(clientId));
	}

	@PostMapping("/{requestId}/decision")
	MoneyMoveRequest decide(@PathVariable String clientId, @PathVariable long requestId,
			@RequestBody DecisionBody body) {
		if (body.approve() == null) {
			throw new InvalidInputException("approve", "approve (true or false) is required");
		}
		return this.approvals.decide(ApiClientIds.parse(clientId), requestId, body.approve(), body.note());
	}

}

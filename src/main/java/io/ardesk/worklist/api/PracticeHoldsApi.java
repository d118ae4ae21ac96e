package io.ardesk.worklist.api;

import java.util.List;

import io.ardesk.portal.ApiClientIds;
import io.ardesk.security.ClientAccess;
import io.ardesk.worklist.DocumentRequest;
import io.ardesk.worklist.PracticeHolds;
import io.ardesk.worklist.PracticeWait;
import io.ardesk.worklist.SuggestedDocumentRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documentation holds over REST: the document request a claim's codes suggest (204 when
 * none), creating it, and what waits on each practice. Firm staff only.
 */
@RestController
@RequestMapping("/api/v1")
class PracticeHoldsApi {

	private final PracticeHolds holds;

	private final ClientAccess access;

	PracticeHoldsApi(PracticeHolds holds, ClientAccess access) {
		this.holds = holds;
		this.access = access;
	}

	@GetMapping("/clients/{clientId}/claims/{claimNumber}/suggested-document-request")
	ResponseEntity<SuggestedDocumentRequest> suggestion(@PathVariable String clientId,
			@PathVariable String claimNumber) {
		return this.holds.suggestion(ApiClientIds.parse(clientId), claimNumber)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/clients/{clientId}/claims/{claimNumber}/suggested-document-request")
	@ResponseStatus(HttpStatus.CREATED)
	DocumentRequest requestSuggested(@PathVariable String clientId, @PathVariable String claimNumber) {
		return this.holds.requestSuggested(ApiClientIds.parse(clientId), claimNumber);
	}

	/** {@code {"client","clientName","claims","balance","oldestDays","overDays"}}. */
	@GetMapping("/clients/{clientId}/waiting-on-practice")
	PracticeWait waiting(@PathVariable String clientId) {
		return this.holds.waitingOnPractice(ApiClientIds.parse(clientId));
	}

	/** The same roll-up for every client of the caller, by practice. */
	@GetMapping("/waiting-on-practice")
	List<PracticeWait> waitingEverywhere() {
		return this.access.currentUser()
			.map((user) -> user.clients().stream().map((client) -> this.holds.waitingOnPractice(client.id())).toList())
			.orElse(List.of());
	}

}

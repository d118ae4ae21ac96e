package io.ardesk.escalation.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationReason;
import io.ardesk.escalation.Escalations;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.problem.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Client escalations. A client viewer flags claims of their own practice and follows them
 * (without the firm's internal notes); the client's staff acknowledge, start and resolve.
 * Unknown claim or escalation 404, a second open escalation of a claim or a step out of
 * order 409, another practice 404, a viewer acknowledging 403.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
class EscalationsApi {

	private final Escalations escalations;

	EscalationsApi(Escalations escalations) {
		this.escalations = escalations;
	}

	record RaiseBody(@Nullable String reason, @Nullable String comment) {
	}

	record NoteBody(@Nullable String note, @Nullable String internalNote) {
	}

	@PostMapping("/claims/{claimNumber}/escalations")
	@ResponseStatus(HttpStatus.CREATED)
	Escalation raise(@PathVariable String clientId, @PathVariable String claimNumber, @RequestBody RaiseBody body) {
		return this.escalations.raise(ApiClientIds.parse(clientId), claimNumber, reason(body.reason()), body.comment());
	}

	@GetMapping("/escalations")
	List<Escalation> list(@PathVariable String clientId, @RequestParam(defaultValue = "false") boolean openOnly) {
		return this.escalations.list(ApiClientIds.parse(clientId), openOnly);
	}

	@GetMapping("/escalations/{id}")
	Escalation get(@PathVariable String clientId, @PathVariable long id) {
		return this.escalations.get(ApiClientIds.parse(clientId), id);
	}

	@PostMapping("/escalations/{id}/acknowledge")
	Escalation acknowledge(@PathVariable String clientId, @PathVariable long id,
			@RequestBody(required = false) @Nullable NoteBody body) {
		return this.escalations.acknowledge(ApiClientIds.parse(clientId), id,
				(body != null) ? body.internalNote() : null);
	}

	@PostMapping("/escalations/{id}/start")
	Escalation start(@PathVariable String clientId, @PathVariable long id,
			@RequestBody(required = false) @Nullable NoteBody body) {
		return this.escalations.startWork(ApiClientIds.parse(clientId), id,
				(body != null) ? body.internalNote() : null);
	}

	@PostMapping("/escalations/{id}/resolve")
	Escalation resolve(@PathVariable String clientId, @PathVariable long id, @RequestBody NoteBody body) {
		return this.escalations.resolve(ApiClientIds.parse(clientId), id, (body.note() != null) ? body.note() : "",
				body.internalNote());
	}

	private static EscalationReason reason(@Nullable String value) {
		for (EscalationReason reason : EscalationReason.values()) {
			if (reason.name().equalsIgnoreCase((value != null) ? value.strip() : "")) {
				return reason;
			}
		}
		throw new InvalidInputException("reason", "reason must be one of "
				+ Arrays.stream(EscalationReason.values()).map(Enum::name).collect(Collectors.joining(", ")));
	}

}

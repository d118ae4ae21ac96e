package io.ardesk.remittance.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.ardesk.portal.ApiClientIds;
import io.ardesk.remittance.PostingException;
import io.ardesk.remittance.PostingExceptions;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's posting exceptions (claim payments held back from the ledger) and resolving
 * them: post as is, post corrected, dismiss. Staff who may change the client only.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/posting-exceptions")
class PostingExceptionsApi {

	private final PostingExceptions exceptions;

	PostingExceptionsApi(PostingExceptions exceptions) {
		this.exceptions = exceptions;
	}

	record Corrected(@Nullable BigDecimal paid, @Nullable BigDecimal contractual, @Nullable BigDecimal otherAdjusted,
			@Nullable BigDecimal patientResponsibility, @Nullable BigDecimal denied, @Nullable String note) {
	}

	@GetMapping
	List<PostingException> list(@PathVariable String clientId, @RequestParam(defaultValue = "OPEN") String status) {
		boolean openOnly = switch (status.strip().toUpperCase(java.util.Locale.ROOT)) {
			case "OPEN" -> true;
			case "ALL" -> false;
			default -> throw new InvalidInputException("status", "status must be OPEN or ALL");
		};
		return this.exceptions.list(ApiClientIds.parse(clientId), openOnly);
	}

	@PostMapping("/{exceptionId}/post")
	Map<String, Object> post(@PathVariable String clientId, @PathVariable long exceptionId,
			@RequestBody(required = false) @Nullable Map<String, String> body) {
		this.exceptions.postAsIs(ApiClientIds.parse(clientId), exceptionId, (body != null) ? body.get("note") : null);
		return Map.of("exceptionId", exceptionId, "status", "POSTED");
	}

	@PostMapping("/{exceptionId}/post-corrected")
	Map<String, Object> postCorrected(@PathVariable String clientId, @PathVariable long exceptionId,
			@RequestBody Corrected body) {
		ClientId client = ApiClientIds.parse(clientId);
		this.exceptions.postCorrected(client, exceptionId,
				new PostingExceptions.CorrectedAmounts(zero(body.paid()), zero(body.contractual()),
						zero(body.otherAdjusted()), zero(body.patientResponsibility()), zero(body.denied())),
				body.note());
		return Map.of("exceptionId", exceptionId, "status", "POSTED_CORRECTED");
	}

	@PostMapping("/{exceptionId}/dismiss")
	Map<String, Object> dismiss(@PathVariable String clientId, @PathVariable long exceptionId,
			@RequestBody Map<String, String> body) {
		this.exceptions.dismiss(ApiClientIds.parse(clientId), exceptionId, body.getOrDefault("reason", ""));
		return Map.of("exceptionId", exceptionId, "status", "DISMISSED");
	}

	private static BigDecimal zero(@Nullable BigDecimal amount) {
		return (amount != null) ? amount : BigDecimal.ZERO;
	}

}

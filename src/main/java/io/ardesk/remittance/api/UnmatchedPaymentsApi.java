package io.ardesk.remittance.api;

import java.util.List;
import java.util.Map;

import io.ardesk.portal.ApiClientIds;
import io.ardesk.remittance.RemittanceQueries;
import io.ardesk.remittance.UnmatchedPayment;
import io.ardesk.remittance.UnmatchedPayments;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unmatched claim payments of a client, and resolving them. Bodies are validated here
 * (400 naming the field); the service checks them again.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/unmatched-payments")
class UnmatchedPaymentsApi {

	private final RemittanceQueries queries;

	private final UnmatchedPayments payments;

	UnmatchedPaymentsApi(RemittanceQueries queries, UnmatchedPayments payments) {
		this.queries = queries;
		this.payments = payments;
	}

	record MatchBody(@NotBlank @Size(max = 80, message = "must be at most {max} characters") @Pattern(
			regexp = "\\P{Cc}*", message = "must not contain control characters") String claimNumber) {
	}

	record DismissBody(@NotBlank @Size(max = UnmatchedPayments.MAX_DISMISS_REASON,
			message = "must be at most {max} characters") String reason) {
	}

	@GetMapping
	List<UnmatchedPayment> list(@PathVariable String clientId) {
		return this.queries.unmatchedPayments(ApiClientIds.parse(clientId));
	}

	@PostMapping("/{paymentId}/match")
	Map<String, Object> match(@PathVariable String clientId, @PathVariable long paymentId,
			@Valid @RequestBody MatchBody body) {
		String claimNumber = body.claimNumber().strip();
		UnmatchedPayments.Matched matched = this.payments.match(ApiClientIds.parse(clientId), paymentId, claimNumber);
		if (matched.posted()) {
			return Map.of("paymentId", paymentId, "claimNumber", claimNumber, "status", "MATCHED");
		}
		return Map.of("paymentId", paymentId, "claimNumber", claimNumber, "status", "HELD", "heldBecause",
				String.valueOf(matched.heldBecause()));
	}

	@PostMapping("/{paymentId}/dismiss")
	Map<String, Object> dismiss(@PathVariable String clientId, @PathVariable long paymentId,
			@Valid @RequestBody DismissBody body) {
		this.payments.dismiss(ApiClientIds.parse(clientId), paymentId, body.reason());
		return Map.of("paymentId", paymentId, "status", "DISMISSED");
	}

}

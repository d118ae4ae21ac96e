package io.ardesk.approvals.api;

import java.math.BigDecimal;
import java.util.Locale;

import io.ardesk.approvals.MoneyMove;
import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.problem.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Refunds of credit balances, for integration partners. A refund is money leaving the
 * practice: it is recorded as a request (202 with it, status {@code PENDING}) and posted
 * to the claim only when an account manager or firm administrator other than the
 * requester approves it at {@code /approvals/{id}/decision}. Bad input 400 naming the
 * field; a claim owing nothing back, or less than the amount, 422.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/claims/{claimNumber}/refunds")
class RefundsApi {

	private final MoneyMoveApprovals approvals;

	RefundsApi(MoneyMoveApprovals approvals) {
		this.approvals = approvals;
	}

	/**
	 * @param owedTo whom the claim owes the money: {@code INSURANCE} (the payer) or
	 * {@code PATIENT}
	 * @param reference how it was paid back: check number, EFT trace
	 * @param reason optional, for the approver
	 */
	record RefundBody(@Nullable String owedTo, @Nullable BigDecimal amount, @Nullable String reference,
			@Nullable String reason) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	MoneyMoveRequest refund(@PathVariable String clientId, @PathVariable String claimNumber,
			@RequestBody RefundBody body) {
		ResponsibleParty to = party(body.owedTo());
		if (body.amount() == null) {
			throw new InvalidInputException("amount", "amount is required");
		}
		return this.approvals.submit(ApiClientIds.parse(clientId), MoneyMove.refund(claimNumber, to, body.amount(),
				(body.reference() != null) ? body.reference() : "", body.reason()));
	}

	private static ResponsibleParty party(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException("owedTo", "owedTo is required: INSURANCE or PATIENT");
		}
		try {
			return ResponsibleParty.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("owedTo", "owedTo must be INSURANCE or PATIENT");
		}
	}

}

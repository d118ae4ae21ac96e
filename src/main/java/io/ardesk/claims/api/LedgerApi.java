package io.ardesk.claims.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.ardesk.claims.ClaimBalanceChanges;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.CreditBalance;
import io.ardesk.claims.LedgerBalances;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's dated view and its credit balances: balances as of a date (a claim's, or
 * the client's totals) from the posting journal, the claims owing money back, and
 * recording a refund of such a credit.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
class LedgerApi {

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private final ClaimLedger ledger;

	private final ClaimBalanceChanges changes;

	LedgerApi(ClaimLedger ledger, ClaimBalanceChanges changes) {
		this.ledger = ledger;
		this.changes = changes;
	}

	record Refund(@Nullable String owedTo, @Nullable BigDecimal amount, @Nullable String reference) {
	}

	@GetMapping("/claims/{claimNumber}/balances")
	LedgerBalances claimBalances(@PathVariable String clientId, @PathVariable String claimNumber,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.ledger.balancesAsOf(ApiClientIds.parse(clientId), claimNumber, checked(asOf))
			.orElseThrow(() -> new NotFoundException("No claim " + claimNumber + " on the books on " + asOf));
	}

	@GetMapping("/ledger/balances")
	LedgerBalances balances(@PathVariable String clientId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.ledger.balancesAsOf(ApiClientIds.parse(clientId), checked(asOf));
	}

	@GetMapping("/credit-balances")
	List<CreditBalance> creditBalances(@PathVariable String clientId) {
		return this.ledger.creditBalances(ApiClientIds.parse(clientId));
	}

	@PostMapping("/claims/{claimNumber}/refunds")
	Map<String, Object> refund(@PathVariable String clientId, @PathVariable String claimNumber,
			@RequestBody Refund body) {
		ClientId client = ApiClientIds.parse(clientId);
		ResponsibleParty to = party(body.owedTo());
		if (body.amount() == null) {
			throw new InvalidInputException("amount", "amount is required");
		}
		this.changes.recordRefund(client, claimNumber, to, body.amount(),
				(body.reference() != null) ? body.reference() : "");
		return Map.of("claimNumber", claimNumber, "owedTo", to.name(), "amount", body.amount(), "status", "REFUNDED");
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

	private static LocalDate checked(LocalDate asOf) {
		if (asOf.isBefore(EARLIEST) || asOf.isAfter(LATEST)) {
			throw new InvalidInputException("asOf", "asOf must be a date between 1900-01-01 and 9999-12-31");
		}
		return asOf;
	}

}

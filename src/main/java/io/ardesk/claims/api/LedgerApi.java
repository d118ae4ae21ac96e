package io.ardesk.claims.api;

import java.time.LocalDate;
import java.util.List;

import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.CreditBalance;
import io.ardesk.claims.LedgerBalances;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's dated view and its credit balances: balances as of a date (a claim's, or
 * the client's totals) from the posting journal, and the claims owing money back (their
 * refunds are money moves: {@code POST …/claims/{claimNumber}/refunds} in the approvals
 * module).
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
class LedgerApi {

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private final ClaimLedger ledger;

	LedgerApi(ClaimLedger ledger) {
		this.ledger = ledger;
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

	private static LocalDate checked(LocalDate asOf) {
		if (asOf.isBefore(EARLIEST) || asOf.isAfter(LATEST)) {
			throw new InvalidInputException("asOf", "asOf must be a date between 1900-01-01 and 9999-12-31");
		}
		return asOf;
	}

}

package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;

/**
 * A claim row as the ledger holds it: balances and what identifies it.
 *
 * @param responsibility the sequence of the payer it is billed to now: P, S or T
 * @param openedOn the date it counts as on the books from
 */
record ExistingClaim(long id, String claimNumber, @Nullable String payerClaimNumber, long payerId,
		String responsibility, ClaimStatus status, LocalDate serviceDateFrom, LocalDate serviceDateTo,
		BigDecimal billed, Balances balances, long version, LocalDate openedOn) {
}

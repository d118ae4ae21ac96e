package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.claims.ClaimStatus;
import org.jspecify.annotations.Nullable;

/** A claim row as the ledger holds it: balances and what identifies it. */
record ExistingClaim(long id, String claimNumber, @Nullable String payerClaimNumber, long payerId,
		String responsibility, ClaimStatus status, LocalDate serviceDateFrom, LocalDate serviceDateTo,
		BigDecimal billed, Balances balances, long version) {
}

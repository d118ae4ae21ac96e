package io.ardesk.trends;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A claim behind a trend issue.
 *
 * @param occurredOn when it became part of the pattern (denied on, asked for documents
 * on)
 * @param amount dollars at stake on it
 */
public record AffectedClaim(String claimNumber, String payer, LocalDate occurredOn, BigDecimal amount,
		@Nullable String reason, BigDecimal insuranceBalance) {
}

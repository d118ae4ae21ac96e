package io.ardesk.claims;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A claim whose insurance or patient balance is negative: money owed back to a payer or
 * to the patient, waiting for refund review.
 *
 * @param amount what is owed back, positive, with two decimals
 * @param flaggedAt when the posting that made it negative was recorded
 * @param reason what made it negative
 */
public record CreditBalance(long claimId, String claimNumber, String payer, ResponsibleParty owedTo, BigDecimal amount,
		Instant flaggedAt, String reason, @Nullable String note) {
}

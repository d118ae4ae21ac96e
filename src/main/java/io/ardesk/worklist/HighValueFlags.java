package io.ardesk.worklist;

import java.time.Instant;
import java.util.Optional;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * High-value flags set by hand. Claims whose balance reaches the client's
 * {@code highValueThreshold} count as high-value without one. A high-value claim is due
 * again within the client's {@code cadences.highValueDays} after each touch, and its flag
 * is among its reasons in the queue.
 */
public interface HighValueFlags {

	/** The longest note kept with a flag. */
	int MAX_NOTE = 1000;

	/**
	 * Flags a claim high-value (account managers and firm administrators only); flagging
	 * again replaces the note.
	 * @throws io.ardesk.security.ClientAccessDeniedException for other roles
	 * @throws ClaimActionNotFoundException if the client has no such claim
	 */
	HighValueFlag flag(ClientId client, String claimNumber, @Nullable String note);

	/** Takes the flag away (same roles); the threshold still applies. */
	void unflag(ClientId client, String claimNumber);

	/** The flag set by hand, if any. */
	Optional<HighValueFlag> flagOf(ClientId client, String claimNumber);

	/**
	 * The client's open claims that are high-value (flagged by hand or at the threshold)
	 * or flagged by the client practice, largest balance first: the true count and
	 * balance of all of them, and at most {@code limit} (capped at 500) listed.
	 */
	HighValueClaims openHighValue(ClientId client, int limit);

	/**
	 * @param flaggedHighValue flagged high-value by hand (otherwise at the threshold, or
	 * only flagged by the client)
	 * @param flaggedByClient the practice flagged it for escalation
	 */
	record HighValueClaim(String claimNumber, String payer, java.math.BigDecimal balance, @Nullable String owner,
			boolean flaggedHighValue, boolean flaggedByClient) {
	}

	/**
	 * Open high-value and client-flagged claims: how many, their balance, the largest.
	 */
	record HighValueClaims(long count, java.math.BigDecimal balance, java.util.List<HighValueClaim> largest) {
	}

	record HighValueFlag(String claimNumber, @Nullable String note, String flaggedBy, Instant flaggedAt) {
	}

}

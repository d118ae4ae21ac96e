package io.ardesk.worklist;

import java.time.LocalDate;
import java.util.List;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Submitted claims the payer never answered: no remittance and no touch for the client's
 * {@code followUp.noResponseDays} (or the payer's {@code noResponseDays}). Read-only; the
 * queue gives them the reason "no response", the reminder job tells their owner.
 */
public interface NoResponseClaims {

	/**
	 * Such claims by claim id after {@code afterClaimId}, at most {@code limit}.
	 */
	List<Silent> silentClaims(ClientId client, LocalDate today, long afterClaimId, int limit);

	/**
	 * @param since the day the claim became "no response" (submission plus the days)
	 */
	record Silent(long claimId, String claimNumber, @Nullable String owner, LocalDate submittedOn, LocalDate since) {
	}

}

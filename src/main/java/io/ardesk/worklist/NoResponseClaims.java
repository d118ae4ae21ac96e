package io.ardesk.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Submitted claims the payer never answered: no remittance and no touch for the client's
 * {@code followUp.noResponseDays} (or the payer's {@code noResponseDays}). The queue
 * gives them the reason "no response", the reminder job tells their owner once.
 */
public interface NoResponseClaims {

	/**
	 * Such claims not announced before (once per claim and day it became silent), by
	 * claim id, at most {@code limit}: each is recorded as announced and handed to
	 * {@code announce} in one transaction of the client, which the callback's
	 * notifications join; when {@code announce} fails nothing is recorded.
	 * @return how many claims were handed over (fewer than {@code limit}: none is left)
	 */
	int announceSilent(ClientId client, LocalDate today, Instant now, int limit, Consumer<List<Silent>> announce);

	/**
	 * @param since the day the claim became "no response" (submission plus the days)
	 */
	record Silent(long claimId, String claimNumber, @Nullable String owner, LocalDate submittedOn, LocalDate since) {
	}

}

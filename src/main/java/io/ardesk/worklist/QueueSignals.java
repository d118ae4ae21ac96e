package io.ardesk.worklist;

import java.time.LocalDate;
import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * What the queue knows that jobs act on: claims entering for no response, due and overdue
 * next actions (for digests), deadlines coming close (for alerts), and the client's own
 * flag on a claim (escalations). Every method works on one client, so that a job per
 * client can call it with the system actor.
 */
public interface QueueSignals {

	/**
	 * Rescores the client's whole queue and answers the claims that entered it for no
	 * response in this pass: submitted, no remittance and no touch for
	 * {@code followUp.noResponseDays} (or the payer's {@code noResponseDays}).
	 */
	List<String> enterNoResponse(ClientId client);

	/**
	 * Claims in the client's live queue whose next action is due on or before
	 * {@code asOf}, by owner then date: a morning digest groups them per owner.
	 */
	List<DueAction> dueNextActions(ClientId client, LocalDate asOf);

	/**
	 * Open claims whose timely-filing or appeal deadline is ahead and at most
	 * {@code days} days away, soonest first.
	 */
	List<DeadlineAhead> deadlinesWithin(ClientId client, int days);

	/**
	 * Marks (or clears) a claim as flagged by the client: while marked it is due today
	 * and first in its owner's queue with the reason "flagged by the client".
	 * @throws ClaimActionNotFoundException if the client has no such claim
	 */
	void markEscalated(ClientId client, String claimNumber, boolean escalated);

	/** A next action that has come. */
	record DueAction(String claimNumber, String owner, LocalDate nextActionDate, long overdueDays,
			java.math.BigDecimal balance, WorkStatus workStatus) {
	}

	/** A deadline coming close, with who works the claim (null if nobody yet). */
	record DeadlineAhead(String claimNumber, @org.jspecify.annotations.Nullable String owner, Deadline deadline,
			java.math.BigDecimal balance) {
	}

}

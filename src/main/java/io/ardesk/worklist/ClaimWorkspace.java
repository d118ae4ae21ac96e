package io.ardesk.worklist;

import java.util.Optional;

import io.ardesk.tenancy.ClientId;

/** Following up on one claim. */
public interface ClaimWorkspace {

	/**
	 * The work side of the claim; for client viewers without owner, score or reasons.
	 */
	Optional<WorkspaceState> state(ClientId client, String claimNumber);

	/**
	 * Everything needed for a payer call on one claim; for client viewers without owner,
	 * score or reasons.
	 */
	Optional<CallSheet> callSheet(ClientId client, String claimNumber);

	/**
	 * Logs a follow-up, moves the claim on (work status by outcome, next action within
	 * the shortest cadence that applies) and rescores it in the same transaction; the
	 * claim leaves the queue until its next action date.
	 * @param expectedVersion the version the user saw
	 * @throws org.springframework.dao.OptimisticLockingFailureException if someone else
	 * acted on the claim in the meantime
	 * @throws io.ardesk.shared.problem.InvalidInputException naming the field if the
	 * entry is incomplete, too long or its date is in the past
	 * @throws ClaimActionNotFoundException if the client has no such claim
	 */
	FollowUpRecord logFollowUp(ClientId client, String claimNumber, FollowUpEntry entry, long expectedVersion);

	/** The longest note kept with a work status change. */
	int MAX_STATUS_NOTE = 1000;

	/**
	 * Sets the work status of the claim, with a note for its history.
	 * @throws org.springframework.dao.OptimisticLockingFailureException if someone else
	 * acted on the claim in the meantime
	 */
	WorkStatus changeStatus(ClientId client, String claimNumber, WorkStatus status, String note, long expectedVersion);

}

package io.ardesk.approvals;

import java.util.List;
import java.util.Optional;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * The four-eyes desk of one client. Write-offs of insurance balances, transfers to the
 * patient and refunds always wait for approval; patient payments and patient-balance
 * adjustments post at once while they stay within the client's small-balance limit (per
 * patient per day for payments, per claim for adjustments, so that splitting a move does
 * not avoid the rule), and wait for approval above it.
 *
 * <p>
 * Failures: bad amounts or missing reasons with
 * {@link io.ardesk.shared.problem.InvalidInputException}; unknown claims, patients or
 * requests with {@link io.ardesk.shared.problem.NotFoundException}; a second decision
 * with {@link io.ardesk.shared.problem.ConflictException}; a caller without the right, or
 * approving their own request, with
 * {@link io.ardesk.security.ClientAccessDeniedException}.
 */
public interface MoneyMoveApprovals {

	/**
	 * Records a money move by the current user: posted at once (status
	 * {@link MoneyMoveRequest.Status#POSTED}) within the limit, else pending. The move is
	 * checked first, so that nobody is asked to approve what cannot be posted.
	 */
	MoneyMoveRequest submit(ClientId client, MoneyMove move);

	/**
	 * Approves (posting the move as the approver) or rejects a pending request. Account
	 * managers and firm administrators only, never the requester approving their own; the
	 * requester may withdraw (reject) it.
	 */
	MoneyMoveRequest decide(ClientId client, long requestId, boolean approve, @Nullable String note);

	/** Requests waiting for a decision, oldest first. Deciders only. */
	List<MoneyMoveRequest> pending(ClientId client);

	/**
	 * Requests of one kind waiting for a decision, oldest first, for the firm's staff of
	 * the client (a page marks what already waits, in one read); never a client viewer.
	 */
	List<MoneyMoveRequest> pending(ClientId client, MoneyMoveKind kind);

	/**
	 * Whether the current user decides money moves (account managers, administrators).
	 */
	boolean mayDecide();

	/** One request; the firm's staff only (a client viewer is refused). */
	Optional<MoneyMoveRequest> find(ClientId client, long requestId);

	/** Every money move on the claim, newest first; the firm's staff only. */
	List<MoneyMoveRequest> ofClaim(ClientId client, String claimNumber);

	/**
	 * Every payment recorded for the patient here, newest first; the firm's staff only.
	 */
	List<MoneyMoveRequest> ofPatient(ClientId client, long patientId);

}

package io.ardesk.worklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * What the team does to resolve a claim besides following up: write-offs and transfers to
 * the patient (asked for by specialists, decided by account managers through
 * {@link io.ardesk.approvals.MoneyMoveApprovals}), transfers back to insurance, appeals
 * with their letters, corrected claims, document requests to the practice, and notes.
 * Every change is recorded in the claim's history with who made it.
 *
 * <p>
 * Unknown claims, requests, appeals or notes fail with
 * {@link ClaimActionNotFoundException}; incomplete, too long or out-of-range input with
 * {@link io.ardesk.shared.problem.InvalidInputException} naming the field; an amount the
 * balance does not cover with {@link io.ardesk.shared.problem.RuleViolationException};
 * acting on a stale view (a request decided or answered, a note edited meanwhile) with
 * {@link io.ardesk.shared.problem.ConflictException}; a caller without the right with
 * {@link io.ardesk.security.ClientAccessDeniedException}.
 */
public interface ClaimActions {

	/** The longest reason (write-off, transfer, appeal, correction) kept. */
	int MAX_REASON = 2000;

	/** The longest decision note kept. */
	int MAX_DECISION_NOTE = 2000;

	/** The longest description of documents asked for. */
	int MAX_WHAT_IS_NEEDED = 2000;

	/** The longest answer to a document request. */
	int MAX_ANSWER = 4000;

	/** The longest note. */
	int MAX_NOTE = 4000;

	/** Medicare has five appeal levels; commercial payers fewer. */
	int MAX_APPEAL_LEVEL = 5;

	/**
	 * Asks for a write-off. An insurance write-off is refused while an appeal of the
	 * claim is open (one must be decided first). An insurance write-off, or a
	 * patient-balance adjustment above the client's small-balance limit, waits for an
	 * account manager's approval; a smaller patient adjustment posts at once (status
	 * {@code POSTED}).
	 */
	WriteOffRequest requestWriteOff(ClientId client, String claimNumber, ResponsibleParty from, BigDecimal amount,
			String reason);

	/**
	 * Approves (writing the amount off) or rejects a pending request. Account managers
	 * and firm administrators only, never the requester approving their own.
	 * @throws io.ardesk.shared.problem.ConflictException if the request was already
	 * decided
	 */
	WriteOffRequest decideWriteOff(ClientId client, long requestId, boolean approve, @Nullable String note);

	/**
	 * Requests waiting for a decision, oldest first. Account managers and firm
	 * administrators only.
	 */
	List<WriteOffRequest> pendingWriteOffs(ClientId client);

	/**
	 * Moves part of a balance between insurance and the patient. Insurance to the patient
	 * is a money move that a second person approves: the answer is the pending request,
	 * and nothing changes until it is approved. Patient back to insurance posts at once
	 * (empty answer).
	 */
	Optional<MoneyMoveRequest> transferBalance(ClientId client, String claimNumber, TransferDirection direction,
			BigDecimal amount, String reason);

	/**
	 * Starts an appeal on time (see the five-argument form).
	 */
	Appeal startAppeal(ClientId client, String claimNumber, int level, String reason);

	/**
	 * Starts an appeal due by the claim's appeal deadline (60 days from today when the
	 * claim has none), writes its letter from the claim's facts, and moves the claim to
	 * "appealed", due again when the payer's answer is due. The letter never claims a
	 * timeliness the appeal does not have.
	 * @param late required once the appeal deadline has passed: the letter then asks for
	 * late acceptance with this reason
	 * @throws io.ardesk.shared.problem.RuleViolationException (field {@code late}) for an
	 * appeal after its deadline without a late reason, and (field {@code claimNumber})
	 * while an insurance write-off of the claim waits for a decision
	 */
	Appeal startAppeal(ClientId client, String claimNumber, int level, String reason, @Nullable LateAppeal late);

	/**
	 * Records how an open appeal ended (the payer's decision, or withdrawn); an insurance
	 * write-off of the claim is possible again afterwards.
	 * @throws io.ardesk.shared.problem.ConflictException if the appeal was already closed
	 */
	Appeal closeAppeal(ClientId client, long appealId, AppealOutcome outcome);

	/** The appeal's letter as a PDF, ready to send to the payer. */
	byte[] appealLetterPdf(ClientId client, long appealId);

	/**
	 * Records that a corrected claim (frequency 7) went to the payer and why; the claim
	 * itself arrives with the next 837 import.
	 */
	void markCorrectedClaim(ClientId client, String claimNumber, String reason);

	DocumentRequest requestDocuments(ClientId client, String claimNumber, String whatIsNeeded, LocalDate dueDate);

	/**
	 * Answers an open document request: staff who may change the client, or the
	 * practice's own client viewers (the one change a viewer may make).
	 * @throws io.ardesk.shared.problem.ConflictException if it was already answered
	 */
	DocumentRequest answerDocumentRequest(ClientId client, long requestId, String answer);

	/** The client's document requests, oldest due first. */
	List<DocumentRequest> documentRequests(ClientId client, boolean openOnly);

	ClaimNote addNote(ClientId client, String claimNumber, String text, boolean internal);

	/**
	 * Adds a new version of a note; the old text stays in its history.
	 * @throws io.ardesk.shared.problem.ConflictException if the note was already replaced
	 * by a newer version, or is being replaced at the same moment
	 */
	ClaimNote editNote(ClientId client, long noteId, String newText);

	/**
	 * The claim's current notes, newest first; client viewers never see internal ones.
	 */
	List<ClaimNote> notes(ClientId client, String claimNumber);

	ClaimActionsSummary actions(ClientId client, String claimNumber);

}

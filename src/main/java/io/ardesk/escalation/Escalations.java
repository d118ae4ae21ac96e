package io.ardesk.escalation;

import java.util.List;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Client escalations. Raising is the one write a client viewer may make (their own
 * practice only); acknowledging, starting and resolving are for the client's staff.
 */
public interface Escalations {

	/** The longest comment, resolution or internal note. */
	int MAX_TEXT = 2000;

	/**
	 * Flags a claim: the claim goes first in its owner's queue, the owner and the account
	 * managers hear about it.
	 * @throws EscalationNotFoundException if the client has no such claim
	 * @throws io.ardesk.shared.problem.ConflictException if the claim already has an open
	 * escalation
	 * @throws io.ardesk.security.ClientAccessDeniedException for anyone but the
	 * practice's viewers and the client's staff (read-only tokens included)
	 */
	Escalation raise(ClientId client, String claimNumber, EscalationReason reason, @Nullable String comment);

	/** Newest first; a viewer sees them without the firm's internal notes. */
	List<Escalation> list(ClientId client, boolean openOnly);

	Escalation get(ClientId client, long id);

	/**
	 * @throws io.ardesk.shared.problem.ConflictException unless it is open
	 */
	Escalation acknowledge(ClientId client, long id, @Nullable String internalNote);

	/**
	 * @throws io.ardesk.shared.problem.ConflictException if it is resolved
	 */
	Escalation startWork(ClientId client, long id, @Nullable String internalNote);

	/**
	 * Resolves it with the note the practice sees; the claim leaves the top of the queue.
	 * @throws io.ardesk.shared.problem.ConflictException if it is resolved already
	 */
	Escalation resolve(ClientId client, long id, String note, @Nullable String internalNote);

}

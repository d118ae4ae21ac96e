package io.ardesk.worklist;

import io.ardesk.tenancy.ClientId;

/**
 * Puts a claim the client flagged for escalation at the top of its owner's queue (reason
 * "escalated by the client") and takes it back when the escalation is resolved. Called by
 * the escalation module after it checked the caller's right to flag the claim (a client
 * viewer may), inside that module's transaction.
 */
public interface EscalationMarks {

	/**
	 * Marks or unmarks the claim as escalated by the client; the queue place is
	 * recomputed at once.
	 * @return false when the claim is not in the queue (no work row)
	 */
	boolean mark(ClientId client, long claimId, boolean escalated);

}

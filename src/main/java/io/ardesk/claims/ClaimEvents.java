package io.ardesk.claims;

import io.ardesk.tenancy.ClientId;

/** Lets other modules write into a claim's history, inside their own transaction. */
public interface ClaimEvents {

	/** Records that the current user did something to a claim. */
	void record(ClientId client, long claimId, String kind, String description);

	/**
	 * Records something a reader of the client did that the caller has already allowed (a
	 * client viewer answering a document request addressed to their practice): the one
	 * kind of history a read-only user writes.
	 */
	void recordByReader(ClientId client, long claimId, String kind, String description);

}

package io.ardesk.claims;

import io.ardesk.tenancy.ClientId;

/** Lets other modules write into a claim's history, inside their own transaction. */
public interface ClaimEvents {

	/** Records that the current user did something to a claim. */
	void record(ClientId client, long claimId, String kind, String description);

}

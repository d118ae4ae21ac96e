package io.ardesk.remittance;

import java.util.Set;

import io.ardesk.tenancy.ClientId;

/**
 * Claim payments reached the ledger: the claims they were posted to, as the posting
 * settled them (reversals marked, held payments left out). Published inside the posting
 * transaction, so a synchronous listener's work commits or rolls back with the posting.
 *
 * @param claimIds the claims whose adjudication changed
 */
public record RemittancePosted(ClientId client, Set<Long> claimIds) {

	public RemittancePosted {
		claimIds = Set.copyOf(claimIds);
	}

}

package io.ardesk.claims;

import java.util.List;

import io.ardesk.edi.SubmittedClaim;
import io.ardesk.tenancy.ClientId;

/**
 * Enters submitted claims into the ledger, inside the caller's import transaction. A
 * claim sent twice is recognised, a replacement (frequency 7) updates it, a void (8)
 * closes it, and a secondary claim bills the next payer for what the primary left.
 */
public interface ClaimRegistration {

	Result register(ClientId client, List<SubmittedClaim> claims, ImportOrigin origin);

	record Result(int created, int updated, int unchanged, List<String> warnings) {
	}

}

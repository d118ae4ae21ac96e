package io.ardesk.claims;

import java.util.List;
import java.util.Optional;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Reads a client's claims ledger. Every method checks that the caller may read the
 * client.
 */
public interface ClaimLedger {

	/**
	 * A page of claims in claim-number order, after {@code afterClaimNumber} (keyset
	 * paging).
	 */
	List<ClaimRow> claims(ClientId client, ClaimFilter filter, @Nullable String afterClaimNumber, int limit);

	/**
	 * Counts claims matching the filter, up to {@code cap} (no exact counts over large
	 * tables).
	 */
	long count(ClientId client, ClaimFilter filter, long cap);

	Optional<ClaimDetail> claim(ClientId client, String claimNumber);

	List<PayerRef> payers(ClientId client);

}

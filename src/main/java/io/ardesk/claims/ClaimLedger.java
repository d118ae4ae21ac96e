package io.ardesk.claims;

import java.time.LocalDate;
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
	 * The published read model of the dated posting journal, a set-returning SQL function
	 * in every client schema: {@code claim_balances_as_of(date)} gives, for each claim
	 * with a journal row on or before the date, {@code claim_id, billed, payer_paid,
	 * patient_paid, contractual, other_adjusted, written_off, insurance_balance,
	 * patient_balance, denied_open, awaiting_next_payer} as of that date. Other modules
	 * join it instead of reading the journal table, e.g.
	 * {@code from claim c join claim_balances_as_of(?) b on b.claim_id = c.id}.
	 */
	String BALANCES_AS_OF_FUNCTION = "claim_balances_as_of";

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

	/**
	 * One claim's balances at the end of a date, from its journal: every change dated on
	 * or before it (a payment counts from its payment date). Empty when there is no such
	 * claim or it was not on the books yet.
	 */
	Optional<LedgerBalances> balancesAsOf(ClientId client, String claimNumber, LocalDate asOf);

	/**
	 * The client's balances at the end of a date, summed over all claims. Credit balances
	 * are in it as negative amounts; {@link #creditBalances} lists them.
	 */
	LedgerBalances balancesAsOf(ClientId client, LocalDate asOf);

	/**
	 * Claims owing money back (a negative insurance or patient balance), for refund
	 * review: largest first.
	 */
	List<CreditBalance> creditBalances(ClientId client);

}

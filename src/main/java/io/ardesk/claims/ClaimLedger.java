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
	 * The other way to a claim's balances as of a date, for queries over many claims: its
	 * running balances less what the journal moved after the date. Each claim's balances
	 * equal the sum of its journal (the nightly consistency check verifies it), and every
	 * journal row is dated on or after the day the claim went on the books
	 * ({@code opened_on}, the date of its first row), so for {@code c.opened_on <= date}
	 * this equals {@link #BALANCES_AS_OF_FUNCTION} while reading only the journal rows
	 * after the date: a few days of postings for a recent week or month end instead of
	 * every claim's whole history (a million claims: under a second instead of about
	 * four). Returns a derived table of {@code claim_id, billed, insurance_balance,
	 * patient_balance} changes after the date bound to the named parameter, to be used as
	 * {@code from claim c left join <this> x on x.claim_id = c.id where c.opened_on <= :asOf}
	 * with {@code c.insurance_balance - coalesce(x.insurance_balance, 0)} and so on.
	 * @param dateParameter the name of the query's date parameter (a constant of the
	 * caller, never a request value)
	 * @return the derived table's SQL
	 */
	static String changesAfter(String dateParameter) {
		return "(select j.claim_id, sum(j.billed) as billed, sum(j.insurance_balance) as insurance_balance, "
				+ "sum(j.patient_balance) as patient_balance from claim_journal j where j.effective_date > cast(:"
				+ dateParameter + " as date) group by j.claim_id)";
	}

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

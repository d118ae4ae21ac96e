package io.ardesk.aging;

import java.time.LocalDate;
import java.util.List;

import io.ardesk.claims.ResponsibleParty;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Ages a client's open balances. Every method checks that the caller may read the client.
 * <p>
 * A claim's age is the as-of date minus its basis date: the date of service, or for
 * clients aged by submission date the date the claim was sent (the date of service when
 * that is not known). Only claims whose basis date is on or before the as-of date and
 * count; insurance and patient balances are aged separately, each only where it is above
 * zero. A balance below zero is a credit balance (money owed back): counted on its own,
 * never netted against what is owed.
 * <p>
 * An earlier as-of date uses the balances each claim had on that date, from the ledger's
 * dated posting journal: payments and adjustments made since are not in it. Today's
 * report reads the current balances, which the journal adds up to.
 */
public interface AgingReports {

	/**
	 * Today in the client's time zone: the default and the latest allowed as-of date.
	 */
	LocalDate today(ClientId client);

	/**
	 * The client's aging, computed in one aggregate query.
	 * @throws FutureAsOfDateException if {@code asOf} is after {@link #today(ClientId)}
	 */
	AgingReport report(ClientId client, LocalDate asOf, AgingGrouping grouping);

	/**
	 * The claims behind one figure, oldest first, at most {@code limit} (capped at
	 * 1,000).
	 * @param groupKey an {@link AgingRow#groupKey()}, or {@code null} for all groups
	 */
	List<ClaimInBucket> drillDown(ClientId client, LocalDate asOf, AgingGrouping grouping, @Nullable String groupKey,
			AgingBucket bucket, ResponsibleParty owedBy, int limit);

	/**
	 * Totals for several clients as of one date, each computed (and access-checked) on
	 * its own, in the order given.
	 * @throws io.ardesk.security.ClientAccessDeniedException if the caller may not read
	 * one of them
	 */
	List<ClientAging> portfolio(List<ClientId> clients, LocalDate asOf);

}

package io.ardesk.denials;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.ardesk.tenancy.ClientId;

/**
 * Denials of a client practice, counted from the posted remittances. A denial is an
 * adjustment the posting classified as a denial (so the group code and CLP02 are
 * honoured: PR and CR are not denials unless the claim was denied outright), except
 * routine codes (1, 2, 3, 23, 45, 253) which are never counted; adjustments of reversed
 * claim payments and of the reversals themselves are left out. The period is the
 * remittance's payment date, both ends included. Every method checks that the caller may
 * read the client.
 */
public interface DenialAnalytics {

	/** Periods longer than this are refused. */
	int MAX_PERIOD_DAYS = 3 * 366;

	/** Today in the client's time zone. */
	LocalDate today(ClientId client);

	/**
	 * Denied claims and dollars per combination of {@code groupBy}, largest amount first.
	 * @throws io.ardesk.shared.problem.InvalidInputException naming {@code from} when the
	 * period is reversed or too long, {@code groupBy} when empty
	 */
	List<DenialFigure> summary(ClientId client, LocalDate from, LocalDate to, Set<DenialDimension> groupBy);

	/**
	 * The claims behind a figure, largest denial first, at most {@code limit} (≤ 1,000).
	 */
	List<DeniedClaim> claims(ClientId client, LocalDate from, LocalDate to, DenialFilter filter, int limit);

	/**
	 * Distinct claims with a payer decision (any claim payment that is neither reversed
	 * nor a reversal) paid in the period: the denominator of a denial rate.
	 */
	long adjudicatedClaims(ClientId client, LocalDate from, LocalDate to);

	/** First-touch time of the claims newly denied in the period. */
	FirstTouch firstTouch(ClientId client, LocalDate from, LocalDate to);

}

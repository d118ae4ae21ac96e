package io.ardesk.aging.internal;

import io.ardesk.aging.AgingGrouping;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.PayerCategory;
import io.ardesk.tenancy.AgingBasis;

/**
 * The SQL fragments shared by the aging queries. Built only from enum constants, never
 * from request values, so string assembly cannot inject anything.
 */
final class AgingSql {

	/** Shown for claims that do not record the provider or location. */
	static final String NOT_RECORDED = "Not recorded";

	private AgingSql() {
	}

	/** The date a claim's age counts from. */
	static String basisDate(AgingBasis basis) {
		return switch (basis) {
			case DATE_OF_SERVICE -> "c.service_date_from";
			// Claims entered from files without a submission date still age, from
			// service.
			case SUBMISSION_DATE -> "coalesce(c.submitted_on, c.service_date_from)";
		};
	}

	/** What identifies a group; never null, so that "not recorded" is a group too. */
	static String groupKey(AgingGrouping grouping) {
		return switch (grouping) {
			case PAYER -> "cast(p.id as varchar)";
			case PAYER_CATEGORY -> "p.category";
			case PROVIDER -> "coalesce(c.rendering_npi, '')";
			case LOCATION -> "coalesce(c.location, '')";
		};
	}

	static String groupName(AgingGrouping grouping) {
		return switch (grouping) {
			case PAYER -> "p.name";
			case PAYER_CATEGORY -> "p.category";
			case PROVIDER -> "coalesce(c.rendering_npi, '')";
			case LOCATION -> "coalesce(c.location, '')";
		};
	}

	/**
	 * Claims that can carry balances as of the date (named parameter {@code asOf}),
	 * entered (or sent) by then, with those balances as {@code b.insurance_balance} and
	 * {@code b.patient_balance}: today the claims' own, earlier ones from the ledger's
	 * dated journal (their running balances less the journal after the date,
	 * {@link ClaimLedger#changesAfter}).
	 */
	static String agedClaims(AgingBasis basis, boolean current) {
		if (current) {
			return "claim c cross join lateral (select c.insurance_balance, c.patient_balance) b "
					+ "join payer p on p.id = c.payer_id where " + basisDate(basis) + " <= :asOf";
		}
		return "claim c left join " + ClaimLedger.changesAfter("asOf") + " x on x.claim_id = c.id "
				+ "cross join lateral (select c.insurance_balance - coalesce(x.insurance_balance, 0) as insurance_balance, "
				+ "c.patient_balance - coalesce(x.patient_balance, 0) as patient_balance) b "
				+ "join payer p on p.id = c.payer_id where c.opened_on <= :asOf and " + basisDate(basis) + " <= :asOf";
	}

	/** A group's name for people, from what {@link #groupName} selected. */
	static String displayName(AgingGrouping grouping, String stored) {
		if (stored.isEmpty()) {
			return NOT_RECORDED;
		}
		if (grouping == AgingGrouping.PAYER_CATEGORY) {
			try {
				return PayerCategory.valueOf(stored).label();
			}
			catch (IllegalArgumentException ex) {
				return stored;
			}
		}
		return stored;
	}

}

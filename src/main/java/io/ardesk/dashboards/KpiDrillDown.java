package io.ardesk.dashboards;

import java.util.Arrays;
import java.util.Optional;

/**
 * The KPIs that can be drilled down to the claims behind their numerator, by the name the
 * KPI has in the REST answer. Every KPI of {@link Kpi} has one.
 */
public enum KpiDrillDown {

	/** The claims making up total A/R as of the period end, with what each owes. */
	DAYS_IN_AR("daysInAr", "Balance owed"),

	/** The same claims as {@link #DAYS_IN_AR}: the numerator of the gross variant. */
	DAYS_IN_AR_GROSS("daysInArGross", "Balance owed"),

	/** The open claims more than 90 days old on the period end, with their balances. */
	AR_OVER_90("arOver90Percent", "Balance owed"),

	/** The open claims more than 120 days old on the period end, with their balances. */
	AR_OVER_120("arOver120Percent", "Balance owed"),

	/** The claims whose first adjudication fell in the period and denied an amount. */
	INITIAL_DENIAL_RATE("initialDenialRate", "Billed"),

	/** The same claims as {@link #INITIAL_DENIAL_RATE}, with their charges. */
	INITIAL_DENIAL_RATE_DOLLARS("initialDenialRateDollars", "Billed"),

	/**
	 * The claims first adjudicated in the period with nothing denied and never corrected.
	 */
	CLEAN_CLAIM_RATE("cleanClaimRate", "Billed"),

	/** The payments with payment dates in the period, by claim. */
	NET_COLLECTION_RATE("netCollectionRate", "Paid in period"),

	/** The payments with payment dates in the period, by claim. */
	CASH_COLLECTED("cashCollected", "Paid in period"),

	/** The payments of the period on claims the firm had worked, by claim. */
	CASH_RECOVERED("cashRecovered", "Recovered in period"),

	/** The part of {@link #CASH_RECOVERED} paid on claims over 90 days old then. */
	CASH_RECOVERED_OVER_90("cashRecoveredOver90", "Recovered over 90 days"),

	/**
	 * The claims first submitted in the period; the age column is their lag in days from
	 * the date of service, the amount their charges.
	 */
	CHARGE_LAG("chargeLagDays", "Billed");

	private final String field;

	private final String amountLabel;

	KpiDrillDown(String field, String amountLabel) {
		this.field = field;
		this.amountLabel = amountLabel;
	}

	/** The KPI's field in {@code GET /api/v1/clients/{clientId}/kpis}. */
	public String field() {
		return this.field;
	}

	/** What the amount column holds, as a column header. */
	public String amountLabel() {
		return this.amountLabel;
	}

	/** What the age column holds, as a column header. */
	public String daysLabel() {
		return (this == CHARGE_LAG) ? "Lag (days)" : "Age (days)";
	}

	/** By its field name ({@code arOver90Percent}) or its constant name. */
	public static Optional<KpiDrillDown> of(String name) {
		return Arrays.stream(values())
			.filter((kpi) -> kpi.field.equalsIgnoreCase(name) || kpi.name().equalsIgnoreCase(name))
			.findFirst();
	}

	/** The drill-down of a KPI on the dashboard. */
	public static KpiDrillDown of(Kpi kpi) {
		return switch (kpi) {
			case DAYS_IN_AR -> DAYS_IN_AR;
			case DAYS_IN_AR_GROSS -> DAYS_IN_AR_GROSS;
			case AR_OVER_90_PERCENT -> AR_OVER_90;
			case AR_OVER_120_PERCENT -> AR_OVER_120;
			case INITIAL_DENIAL_RATE -> INITIAL_DENIAL_RATE;
			case INITIAL_DENIAL_RATE_DOLLARS -> INITIAL_DENIAL_RATE_DOLLARS;
			case CLEAN_CLAIM_RATE -> CLEAN_CLAIM_RATE;
			case NET_COLLECTION_RATE -> NET_COLLECTION_RATE;
			case CASH_COLLECTED -> CASH_COLLECTED;
			case CASH_RECOVERED -> CASH_RECOVERED;
			case CASH_RECOVERED_OVER_90 -> CASH_RECOVERED_OVER_90;
			case CHARGE_LAG -> CHARGE_LAG;
		};
	}

}

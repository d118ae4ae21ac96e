package io.ardesk.dashboards;

/**
 * The KPIs a client's dashboard shows, each with its formula and an industry benchmark
 * with its source, as shown in tooltips and in {@code docs/kpis.md}.
 */
public enum Kpi {

	DAYS_IN_AR("Days in A/R (adjusted)",
			"Total A/R as of the period end ÷ ((charges with dates of service in the period − contractual "
					+ "adjustments posted in the period) ÷ days in the period)",
			"30-40 days", "MGMA (adjusted FFS charges)"),
	DAYS_IN_AR_GROSS("Days in A/R (gross)",
			"Total A/R as of the period end ÷ (charges with dates of service in the period ÷ days in the period)",
			"30-40 days", "MGMA (gross charges variant)"),
	AR_OVER_90_PERCENT("A/R over 90 days",
			"A/R more than 90 days old as of the period end ÷ total A/R as of the period end, on the client's "
					+ "aging basis",
			"12-15 %", "HFMA MAP Key AR-1 style"),
	AR_OVER_120_PERCENT("A/R over 120 days",
			"A/R more than 120 days old as of the period end ÷ total A/R as of the period end, on the client's "
					+ "aging basis",
			"under 10-12 %", "HFMA MAP Key AR-1 style"),
	INITIAL_DENIAL_RATE("Initial denial rate",
			"Claims whose first adjudication in the period denied an amount ÷ claims first adjudicated in the period",
			"under 5-10 %", "HFMA / MGMA"),
	INITIAL_DENIAL_RATE_DOLLARS("Initial denial rate (dollars)",
			"Charges of claims whose first adjudication in the period denied an amount ÷ charges of claims first "
					+ "adjudicated in the period",
			"under 5-10 %", "HFMA / MGMA"),
	CLEAN_CLAIM_RATE("Clean claim rate",
			"Claims first adjudicated in the period with nothing denied and never corrected (no frequency 7) ÷ "
					+ "claims first adjudicated in the period",
			"95 % or more", "HFMA / AAPC"),
	NET_COLLECTION_RATE("Net collection rate",
			"Payments with payment dates in the period ÷ (charges with dates of service in the period − "
					+ "contractual adjustments posted in the period)",
			"95-99 %", "MGMA"),
	CASH_COLLECTED("Cash collected", "Payer and patient payments with payment dates in the period (net of reversals)",
			"—", "—"),
	CASH_RECOVERED("Cash recovered",
			"The part of cash collected on claims the firm had worked (a follow-up, appeal or document request "
					+ "logged before the remittance was posted), by the aging bucket the claim was in when paid",
			"—", "ARdesk"),
	CASH_RECOVERED_OVER_90("Recovered from over 90 days",
			"Cash recovered on claims more than 90 days old (client's aging basis) on the payment date", "—", "ARdesk"),
	CHARGE_LAG("Charge lag", "Days from date of service to first submission, for claims sent in the period: "
			+ "median and 90th percentile", "median under 3-5 days", "MGMA");

	private final String label;

	private final String formula;

	private final String benchmark;

	private final String source;

	Kpi(String label, String formula, String benchmark, String source) {
		this.label = label;
		this.formula = formula;
		this.benchmark = benchmark;
		this.source = source;
	}

	public String label() {
		return this.label;
	}

	public String formula() {
		return this.formula;
	}

	/** The industry's usual range, or a dash where there is none. */
	public String benchmark() {
		return this.benchmark;
	}

	public String source() {
		return this.source;
	}

}

package io.ardesk.claims;

/** The kinds of payer, which set default timely-filing and appeal windows. */
public enum PayerCategory {

	MEDICARE("Medicare", 365, 120), MEDICARE_ADVANTAGE("Medicare Advantage", 365, 60), MEDICAID("Medicaid", 180, 90),
	COMMERCIAL("Commercial", 180, 180), WORKERS_COMP("Workers' comp", 365, 180), SELF_PAY("Self-pay", 3650, 0);

	private final String label;

	private final int timelyFilingDays;

	private final int appealDays;

	PayerCategory(String label, int timelyFilingDays, int appealDays) {
		this.label = label;
		this.timelyFilingDays = timelyFilingDays;
		this.appealDays = appealDays;
	}

	public String label() {
		return this.label;
	}

	public int defaultTimelyFilingDays() {
		return this.timelyFilingDays;
	}

	public int defaultAppealDays() {
		return this.appealDays;
	}

}

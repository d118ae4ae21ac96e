package io.ardesk.trends;

/**
 * The rule that detected a trend issue (thresholds in tenant-config {@code trendRules:}).
 */
public enum TrendIssueKind {

	/**
	 * At least {@code repeatedDenials} claims denied by one payer for one CARC within
	 * {@code repeatedDenialsDays}.
	 */
	REPEATED_DENIALS("Repeated denials"),
	/**
	 * A denial category's rate of the last {@code repeatedDenialsDays} at least
	 * {@code denialRateFactor} times its rate of the {@code denialRateBaselineDays}
	 * before.
	 */
	DENIAL_RATE("Denial rate up"),
	/**
	 * At least {@code documentWaits} claims waiting on the practice for documents for
	 * more than {@code documentWaitDays}.
	 */
	DOCUMENT_WAITS("Waiting on the practice"),
	/**
	 * At least {@code underpayments} underpaid lines by one payer for one procedure code
	 * paid within {@code underpaymentDays}.
	 */
	UNDERPAYMENTS("Underpayments");

	private final String label;

	TrendIssueKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

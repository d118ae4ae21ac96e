package io.ardesk.demodata;

/**
 * The situation a demo practice is in, as the firm's dashboards should find it: how fast
 * the practice bills and its payers pay, how often they deny, and how much of the trouble
 * the firm works.
 *
 * @param billingLagDays the most weekdays from a visit to its claim (at least 1); 0 keeps
 * the usual two to five days and the Monday batches
 * @param paymentPercent the payers' days to pay, in percent of their usual terms
 * @param denialPercent the denial rate, in percent of the usual rates
 * @param noResponseRate share of claims the payer never answers unless chased
 * @param workedShare share of denials and unanswered claims the firm works (a call or an
 * appeal, then the payer pays); the rest stay open
 * @param firstTouchDays the most days from a denial (or the no-response point) to the
 * firm's first touch
 * @param touchedShare share of open claims the firm called within its cadence at the end
 * @param patientPaidShare share of patients who paid what they owed once it was
 * {@code patientPaidAfterDays} days old
 */
public record ArStory(String name, int billingLagDays, int paymentPercent, int denialPercent, double noResponseRate,
		double workedShare, int firstTouchDays, double touchedShare, double patientPaidShare,
		int patientPaidAfterDays) {

	/** The generator as it always was: no work of the firm, usual terms. */
	public static final ArStory UNWORKED = new ArStory("unworked", 0, 100, 100, 0.045, 0, 0, 0, 0, 0);

	/** Green: billed next day, prompt payers, few denials, nearly all worked at once. */
	public static final ArStory HEALTHY = new ArStory("healthy", 1, 32, 60, 0.015, 0.99, 2, 0.96, 0.99, 20);

	/**
	 * Amber: slower payers, usual denials, worked days late (first touch within seven
	 * days: a median of three to five, never red whatever day the demo is generated; with
	 * ten it reached 6.1, red, on 2026-12-02), open claims called less often (four in
	 * five within the cadence: amber, clear of the red line at 80 %).
	 */
	public static final ArStory SLIPPING = new ArStory("slipping", 2, 40, 90, 0.012, 0.99, 7, 0.8, 0.985, 40);

	/**
	 * Red: weekly billing, slow payers, denials worked weeks late or never, few claims
	 * called.
	 */
	public static final ArStory TROUBLE = new ArStory("trouble", 0, 45, 100, 0.04, 0.75, 25, 0.35, 0.85, 60);

	/** Whether the firm's work is part of the story at all. */
	public boolean worked() {
		return this.workedShare > 0;
	}

}

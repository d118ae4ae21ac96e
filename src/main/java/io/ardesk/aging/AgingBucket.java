package io.ardesk.aging;

/**
 * The 30-day age bands of accounts receivable, as AR firms and practices report them.
 * Ages are whole days from the claim's basis date (date of service or submission) to the
 * as-of date.
 */
public enum AgingBucket {

	B0_30("0-30", 0, 30), B31_60("31-60", 31, 60), B61_90("61-90", 61, 90), B91_120("91-120", 91, 120),
	B120_PLUS("120+", 121, Integer.MAX_VALUE);

	private final String label;

	private final int fromDays;

	private final int toDays;

	AgingBucket(String label, int fromDays, int toDays) {
		this.label = label;
		this.fromDays = fromDays;
		this.toDays = toDays;
	}

	/**
	 * The bucket of a claim this many days old. A negative age (a basis date after the
	 * as-of date, normally a data-entry slip) counts as current rather than failing.
	 */
	public static AgingBucket of(long ageDays) {
		if (ageDays <= B0_30.toDays) {
			return B0_30;
		}
		for (AgingBucket bucket : values()) {
			if (ageDays <= bucket.toDays) {
				return bucket;
			}
		}
		return B120_PLUS;
	}

	/** The label used in reports, the API and exports, e.g. {@code "31-60"}. */
	public String label() {
		return this.label;
	}

	/** The youngest age in this bucket, in days. */
	public int fromDays() {
		return this.fromDays;
	}

	/**
	 * The oldest age in this bucket, in days ({@link Integer#MAX_VALUE} for the last).
	 */
	public int toDays() {
		return this.toDays;
	}

}

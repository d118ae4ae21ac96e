package io.ardesk.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How aging moved in the week: per bucket, totals, and the roll rates between buckets.
 *
 * @param rolled60To90 A/R that rolled from 61-90 into 91-120 (the one managers watch)
 * @param claimsRolled60To90 how many claims did
 */
public record AgingMovement(LocalDate lastWeekEnd, LocalDate weekEnd, List<BucketChange> buckets,
		BigDecimal totalLastWeek, BigDecimal totalThisWeek, BigDecimal totalChange, List<RollRate> rolls,
		BigDecimal rolled60To90, long claimsRolled60To90) {

	/** The 61-90 to 91-120 roll rate. */
	public RollRate roll60To90() {
		return this.rolls.get(io.ardesk.aging.AgingBucket.B61_90.ordinal());
	}

}

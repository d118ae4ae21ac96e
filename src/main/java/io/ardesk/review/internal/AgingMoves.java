package io.ardesk.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.aging.AgingBucket;
import io.ardesk.dashboards.RecoveryWeek;
import io.ardesk.review.AgingMovement;
import io.ardesk.review.BucketChange;
import io.ardesk.review.RollRate;

/**
 * Compares two consecutive weeks of the cash-recovery dashboard: the A/R per bucket at
 * each week's end, and the roll rates of the later week.
 */
final class AgingMoves {

	private AgingMoves() {
	}

	static AgingMovement between(RecoveryWeek lastWeek, RecoveryWeek week) {
		List<BucketChange> buckets = new ArrayList<>();
		List<RollRate> rolls = new ArrayList<>();
		BigDecimal before = BigDecimal.ZERO;
		BigDecimal after = BigDecimal.ZERO;
		for (AgingBucket bucket : AgingBucket.values()) {
			BigDecimal last = money(lastWeek.aging().get(bucket));
			BigDecimal now = money(week.aging().get(bucket));
			before = before.add(last);
			after = after.add(now);
			buckets.add(new BucketChange(bucket, bucket.label(), last, now, now.subtract(last)));
			if (bucket.ordinal() < AgingBucket.values().length - 1) {
				AgingBucket next = AgingBucket.values()[bucket.ordinal() + 1];
				BigDecimal rolled = money(week.rolledFrom().get(bucket));
				rolls.add(new RollRate(bucket, next, bucket.label() + " → " + next.label(), last, rolled,
						RecoveryWeek.rollRate(rolled, last)));
			}
		}
		return new AgingMovement(lastWeek.weekEnd(), week.weekEnd(), buckets, before, after, after.subtract(before),
				rolls, money(week.rolled60To90()), week.claimsRolled60To90());
	}

	static BigDecimal money(@org.jspecify.annotations.Nullable BigDecimal amount) {
		return ((amount != null) ? amount : BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
	}

}

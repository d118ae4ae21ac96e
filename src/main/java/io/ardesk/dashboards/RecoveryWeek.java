package io.ardesk.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.ardesk.aging.AgingBucket;

/**
 * One week of the cash-recovery dashboard (the seven days ending {@code weekEnd}).
 *
 * @param collectedByPayer payments dated in the week, by payer ("Patient" for patients)
 * @param recoveredByBucket the part of them on worked claims, by the bucket the claim was
 * in when paid
 * @param aging A/R owed at the week's end, by bucket
 * @param rolledFrom A/R still owed at the week's end that was one bucket younger at the
 * end of the week before, by the bucket it rolled out of
 * @param claimsRolled60To90 claims that rolled from 61-90 into 91-120 in the week
 */
public record RecoveryWeek(LocalDate weekEnd, Map<String, BigDecimal> collectedByPayer,
		Map<AgingBucket, BigDecimal> recoveredByBucket, Map<AgingBucket, BigDecimal> aging,
		Map<AgingBucket, BigDecimal> rolledFrom, long claimsRolled60To90) {

	public BigDecimal collected() {
		return sum(this.collectedByPayer);
	}

	public BigDecimal recovered() {
		return sum(this.recoveredByBucket);
	}

	public BigDecimal recoveredOver90() {
		return this.recoveredByBucket.entrySet()
			.stream()
			.filter((e) -> e.getKey().fromDays() > 90)
			.map(Map.Entry::getValue)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** A/R that rolled from 61-90 into 91-120 in the week. */
	public BigDecimal rolled60To90() {
		return this.rolledFrom.getOrDefault(AgingBucket.B61_90, BigDecimal.ZERO);
	}

	/**
	 * The share of the previous week's balance in a bucket that rolled into the next, in
	 * percent with one decimal; null when the bucket was empty.
	 */
	public static @org.jspecify.annotations.Nullable BigDecimal rollRate(BigDecimal rolled, BigDecimal before) {
		if (before.signum() <= 0) {
			return null;
		}
		return rolled.multiply(BigDecimal.valueOf(100)).divide(before, 1, java.math.RoundingMode.HALF_UP);
	}

	private static <K> BigDecimal sum(Map<K, BigDecimal> amounts) {
		return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}

package io.ardesk.aging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import io.ardesk.claims.ResponsibleParty;

/**
 * What one party (insurance or patients) owes a client, per bucket and in total.
 *
 * @param buckets one share per bucket, youngest first
 * @param total with two decimals
 * @param claims claims with a balance owed by this party
 */
public record AgingTotals(ResponsibleParty owedBy, List<BucketShare> buckets, BigDecimal total, long claims) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public AgingTotals {
		buckets = List.copyOf(buckets);
	}

	public static AgingTotals of(ResponsibleParty owedBy, AgingLine line) {
		BigDecimal total = line.total().amount();
		List<BucketShare> shares = Arrays.stream(AgingBucket.values()).map((bucket) -> {
			BucketFigure figure = line.figure(bucket);
			return new BucketShare(bucket, figure.amount(), figure.claims(), percent(figure.amount(), total));
		}).toList();
		return new AgingTotals(owedBy, shares, total, line.total().claims());
	}

	public BucketShare bucket(AgingBucket bucket) {
		return this.buckets.get(bucket.ordinal());
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
	}

}

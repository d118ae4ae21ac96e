package io.ardesk.aging;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One party's balances spread over the buckets (a report row, or a whole client).
 *
 * @param total the sum over all buckets; its claim count counts each claim once, as a
 * claim sits in exactly one bucket
 */
public record AgingLine(Map<AgingBucket, BucketFigure> buckets, BucketFigure total) {

	public static final AgingLine EMPTY = of(Map.of());

	public AgingLine {
		Map<AgingBucket, BucketFigure> copy = new EnumMap<>(AgingBucket.class);
		copy.putAll(buckets);
		buckets = Collections.unmodifiableMap(copy);
	}

	/** A line from the figures per bucket; missing buckets are zero. */
	public static AgingLine of(Map<AgingBucket, BucketFigure> figures) {
		Map<AgingBucket, BucketFigure> all = new EnumMap<>(AgingBucket.class);
		BucketFigure total = BucketFigure.NONE;
		for (AgingBucket bucket : AgingBucket.values()) {
			BucketFigure figure = figures.getOrDefault(bucket, BucketFigure.NONE);
			all.put(bucket, figure);
			total = total.plus(figure);
		}
		return new AgingLine(all, total);
	}

	public BucketFigure figure(AgingBucket bucket) {
		return this.buckets.getOrDefault(bucket, BucketFigure.NONE);
	}

	public BigDecimal amount(AgingBucket bucket) {
		return figure(bucket).amount();
	}

	public boolean isEmpty() {
		return this.total.claims() == 0;
	}

	public AgingLine plus(AgingLine other) {
		Map<AgingBucket, BucketFigure> sum = new EnumMap<>(AgingBucket.class);
		for (AgingBucket bucket : AgingBucket.values()) {
			sum.put(bucket, figure(bucket).plus(other.figure(bucket)));
		}
		return of(sum);
	}

}

package io.ardesk.review;

import java.math.BigDecimal;

import io.ardesk.aging.AgingBucket;

/**
 * A/R owed (insurance and patients) in one bucket at the end of the week before and of
 * the week, and the change; money with two decimals.
 */
public record BucketChange(AgingBucket bucket, String label, BigDecimal lastWeek, BigDecimal thisWeek,
		BigDecimal change) {
}

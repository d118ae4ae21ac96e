package io.ardesk.review;

import java.math.BigDecimal;

import io.ardesk.aging.AgingBucket;
import org.jspecify.annotations.Nullable;

/**
 * How much of last week's balance in a bucket rolled into the next older one by the end
 * of the week.
 *
 * @param lastWeek owed in {@code from} at the end of the week before
 * @param rolled owed in {@code to} at the week's end that was in {@code from} a week
 * earlier
 * @param percent rolled / lastWeek in percent with one decimal; null when
 * {@code lastWeek} was empty
 */
public record RollRate(AgingBucket from, AgingBucket to, String label, BigDecimal lastWeek, BigDecimal rolled,
		@Nullable BigDecimal percent) {
}

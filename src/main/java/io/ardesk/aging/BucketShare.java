package io.ardesk.aging;

import java.math.BigDecimal;

/**
 * One bucket of a client's total for one party.
 *
 * @param amount with two decimals
 * @param percent share of the party's total, with one decimal (0.0 when nothing is owed)
 */
public record BucketShare(AgingBucket bucket, BigDecimal amount, long claims, BigDecimal percent) {
}

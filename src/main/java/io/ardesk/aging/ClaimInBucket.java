package io.ardesk.aging;

import java.math.BigDecimal;

/**
 * A claim behind an aging figure.
 *
 * @param ageDays days from the basis date to the as-of date
 * @param balance what the party drilled into still owes, with two decimals
 */
public record ClaimInBucket(String claimNumber, String payer, long ageDays, BigDecimal balance) {
}

package io.ardesk.dashboards;

import java.math.BigDecimal;

import io.ardesk.aging.AgingBucket;

/**
 * Cash recovered from one payer (or the patients) on claims in one aging bucket on the
 * payment date.
 */
public record Recovery(String payer, AgingBucket bucket, BigDecimal amount) {
}

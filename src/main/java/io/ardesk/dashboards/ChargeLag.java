package io.ardesk.dashboards;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Days from date of service to first submission, for claims sent in the period; null when
 * none was sent.
 */
public record ChargeLag(@Nullable BigDecimal median, @Nullable BigDecimal p90, long claims) {
}

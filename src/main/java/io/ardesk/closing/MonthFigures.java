package io.ardesk.closing;

import java.time.Instant;
import java.time.YearMonth;

import io.ardesk.dashboards.KpiReport;
import org.jspecify.annotations.Nullable;

/**
 * A month's figures: frozen at close for a closed month, computed now for an open one.
 *
 * @param kpis the KPIs of the month, first to last day, as {@code Kpis.kpis} computes
 * them; for a closed month {@code computedAt} is the moment it was closed
 * @param aging the aging as of the month's last day
 */
public record MonthFigures(YearMonth month, MonthState status, @Nullable String closedBy, @Nullable Instant closedAt,
		KpiReport kpis, MonthAging aging) {
}

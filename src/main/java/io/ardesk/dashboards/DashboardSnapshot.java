package io.ardesk.dashboards;

import java.time.Instant;
import java.time.LocalDate;

import io.ardesk.tenancy.ClientId;

/**
 * A client's default dashboard as the read model holds it: the KPIs of the trailing
 * {@link Kpis#DEFAULT_WINDOW_DAYS} days ending {@code asOf}, the SLA panel and the
 * cash-recovery weeks, all computed together at {@code computedAt}.
 */
public record DashboardSnapshot(ClientId client, LocalDate asOf, Instant computedAt, KpiReport kpis,
		ServiceLevels.SlaPanel sla, CashRecoveryDashboard.CashRecovery recovery) {
}

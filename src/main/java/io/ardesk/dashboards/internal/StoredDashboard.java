package io.ardesk.dashboards.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.ardesk.dashboards.CashRecoveryDashboard;
import io.ardesk.dashboards.DashboardSnapshot;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.ServiceLevels;

/**
 * What the read model stores for a client (as JSON): the dashboard and the risk signals
 * the portfolio ranks by.
 */
record StoredDashboard(LocalDate asOf, Instant computedAt, KpiReport kpis, ServiceLevels.SlaPanel sla,
		CashRecoveryDashboard.CashRecovery recovery, RiskSignals.Signals signals) {

	DashboardSnapshot snapshot() {
		return new DashboardSnapshot(this.kpis.client(), this.asOf, this.computedAt, this.kpis, this.sla,
				this.recovery);
	}

}

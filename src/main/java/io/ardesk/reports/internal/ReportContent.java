package io.ardesk.reports.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.ardesk.aging.AgingReport;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.denials.DenialFigure;
import io.ardesk.escalation.Escalation;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.tenancy.SlaTargets;
import io.ardesk.trends.TrendIssue;

/**
 * Everything a report shows, as the practice may see it: escalations without the firm's
 * notes, trend issues without owners.
 *
 * @param kpis the dashboard's KPIs for the same period
 * @param aging A/R as of the period end
 * @param topDenials denied claims and dollars by reason, largest first
 * @param trends trend issues open at the period end or resolved in it
 * @param escalations escalations open at the period end or raised or resolved in it
 */
record ReportContent(String firm, String client, ZoneId zone, ReportPeriod period, Instant generatedAt, SlaTargets sla,
		KpiReport kpis, AgingReport aging, List<DenialFigure> topDenials, List<TrendIssue> trends,
		List<Escalation> escalations, FirmActivity activity) {
}

package io.ardesk.reports.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.AgingReport;
import io.ardesk.aging.AgingReports;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.Kpis;
import io.ardesk.denials.DenialAnalytics;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;
import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.Escalations;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.trends.TrendIssue;
import io.ardesk.trends.TrendIssueStatus;
import io.ardesk.trends.TrendIssues;

import org.springframework.stereotype.Component;

/**
 * Gathers a report's figures from the same services the dashboards use, for the report's
 * period: the KPIs are {@link Kpis#kpis} with from/to = the period, so both agree.
 */
@Component
class ReportAssembler {

	static final int TOP_DENIALS = 5;

	private final ClientDirectory directory;

	private final Kpis kpis;

	private final AgingReports aging;

	private final DenialAnalytics denials;

	private final TrendIssues trends;

	private final Escalations escalations;

	private final FirmActivityQuery activity;

	ReportAssembler(ClientDirectory directory, Kpis kpis, AgingReports aging, DenialAnalytics denials,
			TrendIssues trends, Escalations escalations, FirmActivityQuery activity) {
		this.directory = directory;
		this.kpis = kpis;
		this.aging = aging;
		this.denials = denials;
		this.trends = trends;
		this.escalations = escalations;
		this.activity = activity;
	}

	@ReadsClient
	public ReportContent content(ClientId client, ReportPeriod period, Instant now) {
		ClientProfile profile = this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		KpiReport kpis = this.kpis.kpis(client, period.from(), period.to());
		AgingReport aging = this.aging.report(client, period.to(), AgingGrouping.PAYER);
		List<DenialFigure> denials = this.denials
			.summary(client, period.from(), period.to(), Set.of(DenialDimension.REASON))
			.stream()
			.sorted(Comparator.comparing(DenialFigure::amount).reversed())
			.limit(TOP_DENIALS)
			.toList();
		ZoneId zone = profile.timeZone();
		Instant start = period.from().atStartOfDay(zone).toInstant();
		Instant end = period.to().plusDays(1).atStartOfDay(zone).toInstant();
		List<TrendIssue> trends = this.trends.issues(client, null)
			.stream()
			.filter((t) -> t.detectedAt().isBefore(end))
			.filter((t) -> t.status() != TrendIssueStatus.RESOLVED
					|| (t.resolvedAt() != null && !t.resolvedAt().isBefore(start)))
			.toList();
		List<Escalation> escalations = this.escalations.list(client, false)
			.stream()
			.map(Escalation::forPractice)
			.filter((e) -> e.raisedAt().isBefore(end))
			.filter((e) -> e.resolvedAt() == null || !e.resolvedAt().isBefore(start))
			.toList();
		return new ReportContent(this.directory.firm().name(), profile.name(), zone, period, now, profile.sla(), kpis,
				aging, denials, trends, escalations, this.activity.activity(client, period.from(), period.to(), zone));
	}

}

package io.ardesk.clientportal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ardesk.clientportal.PracticeDashboard;
import io.ardesk.clientportal.PracticeFigures;
import io.ardesk.codes.DenialCategory;
import io.ardesk.dashboards.CashRecoveryDashboard;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.Kpis;
import io.ardesk.dashboards.RecoveryWeek;
import io.ardesk.denials.DenialAnalytics;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;
import io.ardesk.documents.DocumentInbox;
import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationStatus;
import io.ardesk.escalation.Escalations;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.SlaTargets;
import io.ardesk.tenancy.UnknownClientException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Assembles the practice's dashboard from the firm's own services ({@link Kpis},
 * {@link CashRecoveryDashboard}, {@link DenialAnalytics}, {@link Escalations},
 * {@link DocumentInbox}); nothing is computed a second way, so the figures equal the firm
 * dashboard's for the same period.
 */
@Service
class PracticeDashboardService implements PracticeDashboard {

	/** Days in A/R at the period end and at the ends one, two and three weeks earlier. */
	static final int TREND_POINTS = 4;

	private final Kpis kpis;

	private final CashRecoveryDashboard recovery;

	private final DenialAnalytics denials;

	private final Escalations escalations;

	private final DocumentInbox inbox;

	private final ClientDirectory directory;

	PracticeDashboardService(Kpis kpis, CashRecoveryDashboard recovery, DenialAnalytics denials,
			Escalations escalations, DocumentInbox inbox, ClientDirectory directory) {
		this.kpis = kpis;
		this.recovery = recovery;
		this.denials = denials;
		this.escalations = escalations;
		this.inbox = inbox;
		this.directory = directory;
	}

	@Override
	@ReadsClient
	public PracticeFigures figures(ClientId client) {
		LocalDate to = this.kpis.today(client);
		return figures(client, to.minusDays(Kpis.DEFAULT_WINDOW_DAYS - 1), to);
	}

	@Override
	@ReadsClient
	public PracticeFigures figures(ClientId client, LocalDate from, LocalDate to) {
		KpiReport report = this.kpis.kpis(client, from, to);
		SlaTargets sla = this.directory.find(client)
			.map(ClientProfile::sla)
			.orElseThrow(() -> new UnknownClientException(client));
		List<RecoveryWeek> weeks = this.recovery.weeks(client).weeks();
		KpiReport.KpiFigures f = report.figures();
		PracticeFigures.Cash cash = new PracticeFigures.Cash(money(f.cashCollected()), money(f.cashRecovered()),
				money(f.cashRecoveredOver90()), money(sum(weeks, RecoveryWeek::collected)),
				money(sum(weeks, RecoveryWeek::recovered)));
		PracticeFigures.Receivables ar = new PracticeFigures.Receivables(money(report.basis().totalAr()),
				money(report.basis().arOver90()), f.daysInAr(), sla.daysInArTarget(),
				f.daysInAr() == null || f.daysInAr().compareTo(BigDecimal.valueOf(sla.daysInArTarget())) <= 0,
				f.arOver90Percent(), sla.maxPercentOver90(),
				f.arOver90Percent() == null || f.arOver90Percent().compareTo(sla.maxPercentOver90()) <= 0);
		List<Escalation> all = this.escalations.list(client, false);
		return new PracticeFigures(client.value(), new PracticeFigures.Period(from, to), report.computedAt(), cash, ar,
				weeks.stream()
					.map((w) -> new PracticeFigures.WeekCash(w.weekEnd(), money(w.collected()), money(w.recovered()),
							money(w.aging().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))))
					.toList(),
				trend(client, from, to, f.daysInAr()), denialsByCategory(client, from, to), byStatus(all),
				all.stream()
					.filter((e) -> e.status().isOpen())
					.map((e) -> new PracticeFigures.OpenEscalation(e.id(), e.claimNumber(), e.status().label(),
							e.raisedAt(), e.acknowledgeBy(), e.resolveBy()))
					.toList(),
				this.inbox.requests(client, true)
					.stream()
					.map((r) -> new PracticeFigures.OpenDocumentRequest(r.id(), r.claimNumber(), r.whatIsNeeded(),
							r.dueDate(), r.ageDays(), r.overdue()))
					.toList());
	}

	private List<PracticeFigures.DaysInArPoint> trend(ClientId client, LocalDate from, LocalDate to,
			@Nullable BigDecimal current) {
		long length = ChronoUnit.DAYS.between(from, to);
		List<PracticeFigures.DaysInArPoint> points = new ArrayList<>();
		for (int weeksBack = TREND_POINTS - 1; weeksBack > 0; weeksBack--) {
			LocalDate end = to.minusWeeks(weeksBack);
			points.add(new PracticeFigures.DaysInArPoint(end,
					this.kpis.kpis(client, end.minusDays(length), end).figures().daysInAr()));
		}
		points.add(new PracticeFigures.DaysInArPoint(to, current));
		return points;
	}

	private List<PracticeFigures.DenialCategory> denialsByCategory(ClientId client, LocalDate from, LocalDate to) {
		List<PracticeFigures.DenialCategory> categories = new ArrayList<>();
		for (DenialFigure figure : this.denials.summary(client, from, to, Set.of(DenialDimension.CATEGORY))) {
			String key = figure.key(DenialDimension.CATEGORY);
			categories.add(new PracticeFigures.DenialCategory(label(key), figure.claims(), money(figure.amount())));
		}
		return categories;
	}

	private static String label(@Nullable String category) {
		if (category == null) {
			return "Other";
		}
		for (DenialCategory known : DenialCategory.values()) {
			if (known.name().equals(category)) {
				return known.label();
			}
		}
		return category;
	}

	private static Map<String, Long> byStatus(List<Escalation> escalations) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (EscalationStatus status : EscalationStatus.values()) {
			counts.put(status.label(), escalations.stream().filter((e) -> e.status() == status).count());
		}
		return counts;
	}

	private static BigDecimal sum(List<RecoveryWeek> weeks,
			java.util.function.Function<RecoveryWeek, BigDecimal> figure) {
		return weeks.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}

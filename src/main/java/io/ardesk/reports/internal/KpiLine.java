package io.ardesk.reports.internal;

import java.math.BigDecimal;
import java.util.List;

import io.ardesk.dashboards.Kpi;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.SlaTargets;
import org.jspecify.annotations.Nullable;

/**
 * One KPI of the report against its target: the client's SLA where it sets one (days in
 * A/R, A/R over 90 days), else the industry benchmark of {@link Kpi}.
 *
 * @param met null when there is nothing to measure
 */
record KpiLine(Kpi kpi, String value, String target, @Nullable Boolean met) {

	static final BigDecimal NET_COLLECTION_MIN = BigDecimal.valueOf(95);

	static final BigDecimal DENIAL_RATE_MAX = BigDecimal.valueOf(10);

	static final BigDecimal CLEAN_CLAIM_MIN = BigDecimal.valueOf(95);

	static List<KpiLine> of(KpiReport report, SlaTargets sla) {
		KpiReport.KpiFigures f = report.figures();
		BigDecimal daysTarget = BigDecimal.valueOf(sla.daysInArTarget());
		return List.of(
				new KpiLine(Kpi.DAYS_IN_AR, days(f.daysInAr()), "at most " + sla.daysInArTarget() + " days",
						atMost(f.daysInAr(), daysTarget)),
				new KpiLine(Kpi.AR_OVER_90_PERCENT, Formats.percent(f.arOver90Percent()),
						"at most " + Formats.percent(sla.maxPercentOver90()),
						atMost(f.arOver90Percent(), sla.maxPercentOver90())),
				new KpiLine(Kpi.NET_COLLECTION_RATE, Formats.percent(f.netCollectionRate()),
						"at least " + Formats.percent(NET_COLLECTION_MIN),
						atLeast(f.netCollectionRate(), NET_COLLECTION_MIN)),
				new KpiLine(Kpi.INITIAL_DENIAL_RATE, Formats.percent(f.initialDenialRate()),
						"at most " + Formats.percent(DENIAL_RATE_MAX), atMost(f.initialDenialRate(), DENIAL_RATE_MAX)),
				new KpiLine(Kpi.CLEAN_CLAIM_RATE, Formats.percent(f.cleanClaimRate()),
						"at least " + Formats.percent(CLEAN_CLAIM_MIN), atLeast(f.cleanClaimRate(), CLEAN_CLAIM_MIN)));
	}

	String shown() {
		return this.value.isEmpty() ? "no claims to measure" : this.value;
	}

	static String days(@Nullable BigDecimal days) {
		return (days != null) ? days.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " days" : "";
	}

	private static @Nullable Boolean atMost(@Nullable BigDecimal value, BigDecimal limit) {
		return (value != null) ? value.compareTo(limit) <= 0 : null;
	}

	private static @Nullable Boolean atLeast(@Nullable BigDecimal value, BigDecimal limit) {
		return (value != null) ? value.compareTo(limit) >= 0 : null;
	}

}

package io.ardesk.review.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.AgingReport;
import io.ardesk.aging.AgingReports;
import io.ardesk.aging.AgingRow;
import io.ardesk.denials.DenialAnalytics;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.review.PayerTrend;
import io.ardesk.tenancy.ClientId;

import org.springframework.stereotype.Component;

/**
 * Payers whose open insurance A/R (aging by payer at each week's end) or denied dollars
 * (denials by payer in each week) rose most week over week.
 */
@Component
class PayerTrends {

	static final int TOP = 5;

	private final AgingReports aging;

	private final DenialAnalytics denials;

	PayerTrends(AgingReports aging, DenialAnalytics denials) {
		this.aging = aging;
		this.denials = denials;
	}

	List<PayerTrend> rising(ClientId client, ReportPeriod week) {
		ReportPeriod lastWeek = ReportPeriod.ofWeek(week.from().minusDays(7));
		Map<String, BigDecimal[]> byPayer = new LinkedHashMap<>();
		open(client, lastWeek, byPayer, 0);
		open(client, week, byPayer, 1);
		denied(client, lastWeek, byPayer, 2);
		denied(client, week, byPayer, 3);
		return byPayer.entrySet().stream().map((e) -> {
			BigDecimal[] f = e.getValue();
			return new PayerTrend(e.getKey(), f[0], f[1], f[1].subtract(f[0]), f[2], f[3], f[3].subtract(f[2]));
		})
			.filter((t) -> t.openChange().signum() > 0 || t.deniedChange().signum() > 0)
			.sorted(Comparator.comparing(PayerTrends::rise).reversed().thenComparing(PayerTrend::payer))
			.limit(TOP)
			.toList();
	}

	private static BigDecimal rise(PayerTrend trend) {
		return trend.openChange().max(BigDecimal.ZERO).add(trend.deniedChange().max(BigDecimal.ZERO));
	}

	private void open(ClientId client, ReportPeriod week, Map<String, BigDecimal[]> byPayer, int slot) {
		AgingReport report = this.aging.report(client, week.to(), AgingGrouping.PAYER);
		for (AgingRow row : report.rows()) {
			figures(byPayer, row.group())[slot] = AgingMoves.money(row.insurance().total().amount());
		}
	}

	private void denied(ClientId client, ReportPeriod week, Map<String, BigDecimal[]> byPayer, int slot) {
		for (DenialFigure figure : this.denials.summary(client, week.from(), week.to(),
				Set.of(DenialDimension.PAYER))) {
			String payer = figure.key(DenialDimension.PAYER);
			if (payer != null) {
				figures(byPayer, payer)[slot] = AgingMoves.money(figure.amount());
			}
		}
	}

	private static BigDecimal[] figures(Map<String, BigDecimal[]> byPayer, String payer) {
		return byPayer.computeIfAbsent(payer, (p) -> new BigDecimal[] { AgingMoves.money(null), AgingMoves.money(null),
				AgingMoves.money(null), AgingMoves.money(null) });
	}

}

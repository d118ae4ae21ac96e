package io.ardesk.closing.api;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.aging.AgingTotals;
import io.ardesk.aging.BucketFigure;
import io.ardesk.aging.BucketShare;
import io.ardesk.closing.MonthCloses;
import io.ardesk.closing.MonthFigures;
import io.ardesk.closing.MonthStatus;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.problem.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's months over REST: the list with status, closing one (account managers of the
 * client and firm administrators: 201 with the frozen figures; 422 naming {@code month}
 * when it has not ended or is not the next to close; 409 when already closed) and a
 * month's figures (frozen when closed, computed now when open).
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/months")
class MonthCloseApi {

	private final MonthCloses months;

	MonthCloseApi(MonthCloses months) {
		this.months = months;
	}

	@GetMapping
	List<Map<String, Object>> months(@PathVariable String clientId) {
		return this.months.months(ApiClientIds.parse(clientId)).stream().map(MonthCloseApi::status).toList();
	}

	@PostMapping("/{month}/close")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> close(@PathVariable String clientId, @PathVariable String month) {
		return figures(this.months.close(ApiClientIds.parse(clientId), month(month)));
	}

	@GetMapping("/{month}")
	Map<String, Object> figures(@PathVariable String clientId, @PathVariable String month) {
		return figures(this.months.figures(ApiClientIds.parse(clientId), month(month)));
	}

	static YearMonth month(String value) {
		if (!value.matches("\\d{4}-\\d{2}")) {
			throw new InvalidInputException("month", "A month is written yyyy-MM, e.g. 2026-10");
		}
		try {
			YearMonth month = YearMonth.parse(value);
			if (month.getYear() < 2000) {
				throw new InvalidInputException("month", "No month before 2000-01");
			}
			return month;
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("month", "A month is written yyyy-MM, e.g. 2026-10");
		}
	}

	private static Map<String, Object> status(MonthStatus status) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("month", status.month().toString());
		row.put("status", status.status().name());
		row.put("closedBy", status.closedBy());
		row.put("closedAt", (status.closedAt() != null) ? status.closedAt().toString() : null);
		row.put("ended", status.ended());
		row.put("closable", status.closable());
		return row;
	}

	private static Map<String, Object> figures(MonthFigures figures) {
		KpiReport report = figures.kpis();
		KpiReport.KpiFigures f = report.figures();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("month", figures.month().toString());
		body.put("status", figures.status().name());
		body.put("closedBy", figures.closedBy());
		body.put("closedAt", (figures.closedAt() != null) ? figures.closedAt().toString() : null);
		body.put("from", report.from().toString());
		body.put("to", report.to().toString());
		body.put("computedAt", report.computedAt().toString());
		Map<String, Object> kpis = new LinkedHashMap<>();
		kpis.put("daysInAr", f.daysInAr());
		kpis.put("daysInArGross", f.daysInArGross());
		kpis.put("arOver90Percent", f.arOver90Percent());
		kpis.put("arOver120Percent", f.arOver120Percent());
		kpis.put("initialDenialRate", f.initialDenialRate());
		kpis.put("initialDenialRateDollars", f.initialDenialRateDollars());
		kpis.put("cleanClaimRate", f.cleanClaimRate());
		kpis.put("netCollectionRate", f.netCollectionRate());
		kpis.put("cashCollected", f.cashCollected());
		kpis.put("cashRecovered", f.cashRecovered());
		kpis.put("cashRecoveredOver90", f.cashRecoveredOver90());
		Map<String, Object> lag = new LinkedHashMap<>();
		lag.put("median", report.chargeLag().median());
		lag.put("p90", report.chargeLag().p90());
		lag.put("claims", report.chargeLag().claims());
		kpis.put("chargeLagDays", lag);
		kpis.put("basis", report.basis());
		body.put("kpis", kpis);
		Map<String, Object> aging = new LinkedHashMap<>();
		aging.put("asOf", figures.aging().asOf().toString());
		aging.put("insurance", totals(figures.aging().insurance()));
		aging.put("patient", totals(figures.aging().patient()));
		aging.put("credits", Map.of("insurance", figure(figures.aging().credits().insurance()), "patient",
				figure(figures.aging().credits().patient())));
		body.put("aging", aging);
		return body;
	}

	private static Map<String, Object> totals(AgingTotals totals) {
		Map<String, Object> party = new LinkedHashMap<>();
		party.put("total", totals.total());
		party.put("claims", totals.claims());
		party.put("buckets", totals.buckets().stream().map(MonthCloseApi::bucket).toList());
		return party;
	}

	private static Map<String, Object> bucket(BucketShare share) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("bucket", share.bucket().label());
		row.put("amount", share.amount());
		row.put("claims", share.claims());
		row.put("percent", share.percent());
		return row;
	}

	private static Map<String, BigDecimal> figure(BucketFigure figure) {
		return Map.of("amount", figure.amount(), "claims", BigDecimal.valueOf(figure.claims()));
	}

}

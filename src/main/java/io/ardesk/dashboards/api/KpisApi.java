package io.ardesk.dashboards.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.ardesk.dashboards.DashboardSnapshots;
import io.ardesk.dashboards.Kpi;
import io.ardesk.dashboards.KpiReport;
import io.ardesk.dashboards.KpiTable;
import io.ardesk.dashboards.Kpis;
import io.ardesk.dashboards.Recovery;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.validation.PlausibleDate;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's KPIs for a period over REST. Without {@code to}: today in the client's time
 * zone; without {@code from}: the trailing 90 days ending at {@code to}.
 */
@RestController
class KpisApi {

	private final Kpis kpis;

	private final DashboardSnapshots snapshots;

	KpisApi(Kpis kpis, DashboardSnapshots snapshots) {
		this.kpis = kpis;
		this.snapshots = snapshots;
	}

	/**
	 * The default window (trailing 90 days ending today) from the dashboard read model;
	 * any other period computed live.
	 */
	private KpiReport report(ClientId client, LocalDate start, LocalDate end) {
		if (end.equals(this.kpis.today(client)) && start.equals(end.minusDays(Kpis.DEFAULT_WINDOW_DAYS - 1))) {
			return this.snapshots.current(client).kpis();
		}
		return this.kpis.kpis(client, start, end);
	}

	@GetMapping("/api/v1/clients/{clientId}/kpis")
	Map<String, Object> kpis(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to) {
		ClientId client = ApiClientIds.parse(clientId);
		LocalDate end = (to != null) ? to : this.kpis.today(client);
		LocalDate start = (from != null) ? from : end.minusDays(Kpis.DEFAULT_WINDOW_DAYS - 1);
		return body(report(client, start, end));
	}

	/** The KPIs as a file: name, value, basis, formula and benchmark of each. */
	@GetMapping({ "/api/v1/clients/{clientId}/kpis.csv", "/api/v1/clients/{clientId}/kpis.xlsx" })
	void kpisFile(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		ClientId client = ApiClientIds.parse(clientId);
		LocalDate end = (to != null) ? to : this.kpis.today(client);
		LocalDate start = (from != null) ? from : end.minusDays(Kpis.DEFAULT_WINDOW_DAYS - 1);
		KpiReport report = report(client, start, end);
		io.ardesk.shared.export.TableResponse.send(response,
				io.ardesk.shared.export.TableFile.Format.ofPath(request.getRequestURI()),
				"kpis-" + clientId + "-" + start + "-" + end, "KPIs", KpiTable.HEADER,
				(writer) -> KpiTable.write(report, writer));
	}

	static Map<String, Object> body(KpiReport report) {
		KpiReport.KpiFigures f = report.figures();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", report.client().value());
		body.put("from", report.from().toString());
		body.put("to", report.to().toString());
		body.put("daysInAr", f.daysInAr());
		body.put("daysInArGross", f.daysInArGross());
		body.put("arOver90Percent", f.arOver90Percent());
		body.put("arOver120Percent", f.arOver120Percent());
		body.put("initialDenialRate", f.initialDenialRate());
		body.put("initialDenialRateDollars", f.initialDenialRateDollars());
		body.put("cleanClaimRate", f.cleanClaimRate());
		body.put("netCollectionRate", f.netCollectionRate());
		body.put("cashCollected", f.cashCollected());
		body.put("cashRecovered", f.cashRecovered());
		body.put("cashRecoveredOver90", f.cashRecoveredOver90());
		Map<String, Object> lag = new LinkedHashMap<>();
		lag.put("median", report.chargeLag().median());
		lag.put("p90", report.chargeLag().p90());
		lag.put("claims", report.chargeLag().claims());
		body.put("chargeLagDays", lag);
		body.put("asOf", report.asOf().toString());
		body.put("computedAt", report.computedAt().toString());
		body.put("basis", report.basis());
		body.put("cashRecoveredBy", report.recoveries().stream().map(KpisApi::recovery).toList());
		Map<String, Object> benchmarks = new LinkedHashMap<>();
		for (Kpi kpi : Kpi.values()) {
			benchmarks.put(kpi.name(), Map.of("label", kpi.label(), "formula", kpi.formula(), "benchmark",
					kpi.benchmark(), "source", kpi.source()));
		}
		body.put("definitions", benchmarks);
		return body;
	}

	private static Map<String, Object> recovery(Recovery recovery) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("payer", recovery.payer());
		row.put("bucket", recovery.bucket().label());
		row.put("amount", recovery.amount().setScale(2, java.math.RoundingMode.HALF_UP));
		return row;
	}

}

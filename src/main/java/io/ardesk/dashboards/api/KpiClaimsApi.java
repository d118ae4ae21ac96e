package io.ardesk.dashboards.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.ardesk.dashboards.KpiClaim;
import io.ardesk.dashboards.KpiClaims;
import io.ardesk.dashboards.KpiDrillDown;
import io.ardesk.dashboards.Kpis;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.validation.PlausibleDate;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The claims behind a KPI ({@link KpiDrillDown}) over REST, for the same period as the
 * KPIs (default: the trailing 90 days ending today). {@code X-Total-Count} is how many
 * claims there are, {@code X-Total-Amount} their total: the KPI's numerator.
 */
@RestController
class KpiClaimsApi {

	private final KpiClaims claims;

	private final Kpis kpis;

	KpiClaimsApi(KpiClaims claims, Kpis kpis) {
		this.claims = claims;
		this.kpis = kpis;
	}

	@GetMapping("/api/v1/clients/{clientId}/kpis/{kpi}/claims")
	ResponseEntity<Map<String, Object>> claims(@PathVariable String clientId, @PathVariable String kpi,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
			@RequestParam(defaultValue = "1000") int limit) {
		ClientId client = ApiClientIds.parse(clientId);
		KpiDrillDown drillDown = KpiDrillDown.of(kpi)
			.orElseThrow(() -> new NotFoundException("No drill-down for the KPI '" + kpi
					+ "'; there is one for arOver90Percent, initialDenialRate and cashCollected"));
		LocalDate end = (to != null) ? to : this.kpis.today(client);
		LocalDate start = (from != null) ? from : end.minusDays(Kpis.DEFAULT_WINDOW_DAYS - 1);
		KpiClaims.Page page = this.claims.claims(client, drillDown, start, end, limit);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", client.value());
		body.put("kpi", drillDown.field());
		body.put("from", page.from().toString());
		body.put("to", page.to().toString());
		body.put("count", page.count());
		body.put("total", page.total());
		body.put("claims", page.claims().stream().map(KpiClaimsApi::row).toList());
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(page.count()))
			.header("X-Total-Amount", page.total().toPlainString())
			.header("Access-Control-Expose-Headers", "X-Total-Count, X-Total-Amount")
			.body(body);
	}

	private static Map<String, Object> row(KpiClaim claim) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("claimNumber", claim.claimNumber());
		row.put("payer", claim.payer());
		row.put("serviceDate", claim.serviceDate().toString());
		row.put("submittedOn", (claim.submittedOn() != null) ? claim.submittedOn().toString() : null);
		row.put("ageDays", claim.ageDays());
		row.put("billed", claim.billed());
		row.put("amount", claim.amount());
		return row;
	}

}

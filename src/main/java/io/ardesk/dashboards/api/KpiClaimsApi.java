package io.ardesk.dashboards.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.ardesk.dashboards.KpiClaim;
import io.ardesk.dashboards.KpiClaimTable;
import io.ardesk.dashboards.KpiClaims;
import io.ardesk.dashboards.KpiDrillDown;
import io.ardesk.dashboards.Kpis;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.export.TableFile;
import io.ardesk.shared.export.TableResponse;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.validation.PlausibleDate;
import io.ardesk.tenancy.ClientId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * claims there are, {@code X-Total-Amount} their total: the KPI's numerator. The same
 * list as a file at {@code …/claims.csv|xlsx} (every claim, not only {@code limit}).
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
		KpiClaims.Page page = page(client, kpi, from, to, limit);
		KpiDrillDown drillDown = page.kpi();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", client.value());
		body.put("kpi", drillDown.field());
		body.put("from", page.from().toString());
		body.put("to", page.to().toString());
		body.put("count", page.count());
		body.put("total", page.total());
		body.put("claims", page.claims().stream().map((claim) -> row(drillDown, claim)).toList());
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(page.count()))
			.header("X-Total-Amount", page.total().toPlainString())
			.header("Access-Control-Expose-Headers", "X-Total-Count, X-Total-Amount")
			.body(body);
	}

	@GetMapping({ "/api/v1/clients/{clientId}/kpis/{kpi}/claims.csv",
			"/api/v1/clients/{clientId}/kpis/{kpi}/claims.xlsx" })
	void file(@PathVariable String clientId, @PathVariable String kpi,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
			HttpServletRequest request, HttpServletResponse response) {
		ClientId client = ApiClientIds.parse(clientId);
		KpiClaims.Page page = page(client, kpi, from, to, KpiClaims.MAX_ROWS);
		response.setHeader("X-Total-Count", String.valueOf(page.count()));
		response.setHeader("X-Total-Amount", page.total().toPlainString());
		TableResponse.send(response, TableFile.Format.ofPath(request.getRequestURI()),
				"kpi-" + page.kpi().field() + "-" + clientId + "-" + page.from() + "-" + page.to(),
				KpiClaimTable.title(page.kpi()), KpiClaimTable.header(page.kpi()),
				(writer) -> KpiClaimTable.write(page, writer));
	}

	private KpiClaims.Page page(ClientId client, String kpi, @Nullable LocalDate from, @Nullable LocalDate to,
			int limit) {
		KpiDrillDown drillDown = KpiDrillDown.of(kpi)
			.orElseThrow(() -> new NotFoundException("kpi", "No KPI '" + kpi + "' to drill down; there are "
					+ Arrays.stream(KpiDrillDown.values()).map(KpiDrillDown::field).collect(Collectors.joining(", "))));
		LocalDate end = (to != null) ? to : this.kpis.today(client);
		LocalDate start = (from != null) ? from : end.minusDays(Kpis.DEFAULT_WINDOW_DAYS - 1);
		return this.claims.claims(client, drillDown, start, end, limit);
	}

	private static Map<String, Object> row(KpiDrillDown kpi, KpiClaim claim) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("claimNumber", claim.claimNumber());
		row.put("payer", claim.payer());
		row.put("serviceDate", claim.serviceDate().toString());
		row.put("submittedOn", (claim.submittedOn() != null) ? claim.submittedOn().toString() : null);
		row.put((kpi == KpiDrillDown.CHARGE_LAG) ? "lagDays" : "ageDays", claim.ageDays());
		row.put("billed", claim.billed());
		row.put("amount", claim.amount());
		return row;
	}

}

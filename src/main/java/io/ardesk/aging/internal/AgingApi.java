package io.ardesk.aging.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.ardesk.aging.AgingCredits;
import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.AgingReport;
import io.ardesk.aging.AgingReports;
import io.ardesk.aging.AgingRow;
import io.ardesk.aging.AgingTotals;
import io.ardesk.aging.BucketFigure;
import io.ardesk.aging.BucketShare;
import io.ardesk.aging.export.AgingExport;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.validation.PlausibleDate;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's aging over REST, as JSON and as CSV or XLSX files. Without {@code asOf} the
 * report is as of today in the client's time zone; a future date is a 400 problem.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
class AgingApi {

	private final AgingReports reports;

	AgingApi(AgingReports reports) {
		this.reports = reports;
	}

	/**
	 * Insurance and patient totals per bucket, and the insurance balance per payer (what
	 * patients owe is not the payer's to pay, so it appears only under {@code patient}).
	 */
	@GetMapping("/aging")
	Map<String, Object> aging(@PathVariable String clientId, @RequestParam(required = false) @DateTimeFormat(
			iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate asOf) {
		AgingReport report = report(clientId, asOf, AgingGrouping.PAYER);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("asOf", report.asOf().toString());
		body.put("basis", report.basis().name());
		body.put("insurance", buckets(report.owedBy(ResponsibleParty.INSURANCE)));
		body.put("patient", buckets(report.owedBy(ResponsibleParty.PATIENT)));
		body.put("credits", credits(report.credits()));
		body.put("byPayer",
				report.rows().stream().filter((row) -> !row.insurance().isEmpty()).map(AgingApi::payerRow).toList());
		return body;
	}

	@GetMapping("/aging.csv")
	ResponseEntity<byte[]> csv(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "PAYER") AgingGrouping groupBy) {
		return export(AgingExport.CSV, report(clientId, asOf, groupBy));
	}

	@GetMapping("/aging.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "PAYER") AgingGrouping groupBy) {
		return export(AgingExport.XLSX, report(clientId, asOf, groupBy));
	}

	private AgingReport report(String clientId, @Nullable LocalDate asOf, AgingGrouping grouping) {
		ClientId client = ApiClientIds.parse(clientId);
		LocalDate date = (asOf != null) ? asOf : this.reports.today(client);
		return this.reports.report(client, date, grouping);
	}

	private static ResponseEntity<byte[]> export(AgingExport format, AgingReport report) {
		String fileName = format.fileName(report.client(), report.asOf());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.contentType(MediaType.parseMediaType(format.contentType()))
			.body(format.write(report));
	}

	static Map<String, BigDecimal> buckets(AgingTotals totals) {
		Map<String, BigDecimal> buckets = new LinkedHashMap<>();
		for (BucketShare share : totals.buckets()) {
			buckets.put(share.bucket().label(), share.amount());
		}
		buckets.put("total", totals.total());
		return buckets;
	}

	/**
	 * Money owed back, apart: {@code {"insurance": {"amount", "claims"}, "patient":
	 * ...}}.
	 */
	static Map<String, Object> credits(AgingCredits credits) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (ResponsibleParty party : ResponsibleParty.values()) {
			BucketFigure figure = credits.owedTo(party);
			body.put(party.name().toLowerCase(java.util.Locale.ROOT),
					Map.of("amount", figure.amount(), "claims", figure.claims()));
		}
		return body;
	}

	private static Map<String, Object> payerRow(AgingRow row) {
		Map<String, Object> payer = new LinkedHashMap<>();
		payer.put("payer", row.group());
		row.insurance().buckets().forEach((bucket, figure) -> payer.put(bucket.label(), figure.amount()));
		payer.put("total", row.insurance().total().amount());
		return payer;
	}

}

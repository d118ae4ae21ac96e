package io.ardesk.reports.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.portal.ApiClientIds;
import io.ardesk.reports.ArchivedReport;
import io.ardesk.reports.ClientReports;
import io.ardesk.reports.ReportKind;
import io.ardesk.reports.ReportPdf;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's report archive over REST: the list, the PDFs (latest, by period, by id) and
 * building a period's report on demand (staff). Weeks are ISO weeks ({@code 2026-W47});
 * months {@code 2026-11}.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/reports")
class ClientReportsApi {

	private final ClientReports reports;

	ClientReportsApi(ClientReports reports) {
		this.reports = reports;
	}

	record ReportItem(long id, ReportKind kind, String period, LocalDate from, LocalDate to, Instant generatedAt,
			String trigger, String sha256, int bytes, String pdf) {

		static ReportItem of(String clientId, ArchivedReport report) {
			return new ReportItem(report.id(), report.kind(), report.period().key(), report.period().from(),
					report.period().to(), report.generatedAt(), report.trigger().name(), report.sha256(),
					report.bytes(), "/api/v1/clients/" + clientId + "/reports/" + report.id() + ".pdf");
		}

	}

	@GetMapping
	List<ReportItem> archive(@PathVariable String clientId) {
		return this.reports.archive(ApiClientIds.parse(clientId))
			.stream()
			.map((report) -> ReportItem.of(clientId, report))
			.toList();
	}

	@GetMapping(value = "/weekly.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> weekly(@PathVariable String clientId,
			@RequestParam(required = false) @Nullable String week) {
		ClientId client = ApiClientIds.parse(clientId);
		return pdf(client, (week == null) ? this.reports.latest(client, ReportKind.WEEKLY)
				: this.reports.pdf(client, ReportPeriod.week(week)));
	}

	@GetMapping(value = "/monthly.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> monthly(@PathVariable String clientId,
			@RequestParam(required = false) @Nullable String month) {
		ClientId client = ApiClientIds.parse(clientId);
		return pdf(client, (month == null) ? this.reports.latest(client, ReportKind.MONTHLY)
				: this.reports.pdf(client, ReportPeriod.month(month)));
	}

	@GetMapping(value = "/{reportId:\\d+}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> byId(@PathVariable String clientId, @PathVariable long reportId) {
		ClientId client = ApiClientIds.parse(clientId);
		return pdf(client, this.reports.pdf(client, reportId));
	}

	/**
	 * Builds the week's report now (replacing an archived one): 201 with the archive
	 * entry.
	 */
	@PostMapping("/weekly")
	ResponseEntity<ReportItem> generateWeekly(@PathVariable String clientId,
			@RequestParam(required = false) @Nullable String week) {
		if (week == null) {
			throw new InvalidInputException("week", "Name the week to build, such as week=2026-W47.");
		}
		return created(clientId, ReportPeriod.week(week));
	}

	/**
	 * Builds the month's report now (replacing an archived one): 201 with the archive
	 * entry.
	 */
	@PostMapping("/monthly")
	ResponseEntity<ReportItem> generateMonthly(@PathVariable String clientId,
			@RequestParam(required = false) @Nullable String month) {
		if (month == null) {
			throw new InvalidInputException("month", "Name the month to build, such as month=2026-11.");
		}
		return created(clientId, ReportPeriod.month(month));
	}

	private ResponseEntity<ReportItem> created(String clientId, ReportPeriod period) {
		ReportItem item = ReportItem.of(clientId, this.reports.generate(ApiClientIds.parse(clientId), period));
		return ResponseEntity.created(URI.create(item.pdf())).body(item);
	}

	private static ResponseEntity<byte[]> pdf(ClientId client, ReportPdf report) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.eTag(report.report().sha256())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(report.fileName(client)).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(report.pdf());
	}

}

package io.ardesk.trends.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.export.TableFile;
import io.ardesk.tenancy.ClientId;
import io.ardesk.trends.AffectedClaim;
import io.ardesk.trends.TrendIssue;
import io.ardesk.trends.TrendIssueStatus;
import io.ardesk.trends.TrendIssueUpdate;
import io.ardesk.trends.TrendIssues;
import io.ardesk.trends.TrendScan;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trend issues of a client: list, detail with the affected claims, update (owner, due
 * date, root cause, preventive action, status), and a detection run now for managers.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/trend-issues")
class TrendIssuesApi {

	private final TrendIssues issues;

	TrendIssuesApi(TrendIssues issues) {
		this.issues = issues;
	}

	record Detail(TrendIssue issue, List<AffectedClaim> claims) {
	}

	@GetMapping
	List<TrendIssue> list(@PathVariable String clientId,
			@RequestParam(required = false) @Nullable TrendIssueStatus status) {
		return this.issues.issues(ApiClientIds.parse(clientId), status);
	}

	@GetMapping({ "/export.csv", "/export.xlsx" })
	ResponseEntity<byte[]> export(@PathVariable String clientId,
			@RequestParam(required = false) @Nullable TrendIssueStatus status, HttpServletRequest request) {
		TableFile.Format format = request.getRequestURI().endsWith(".xlsx") ? TableFile.Format.XLSX
				: TableFile.Format.CSV;
		TableFile table = TrendTables.issues(this.issues.issues(ApiClientIds.parse(clientId), status));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("trend-issues-" + clientId + "." + format.extension())
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(format.contentType()))
			.body(table.write(format));
	}

	@GetMapping("/{id}")
	Detail detail(@PathVariable String clientId, @PathVariable long id) {
		ClientId client = ApiClientIds.parse(clientId);
		return new Detail(this.issues.issue(client, id), this.issues.claims(client, id));
	}

	/**
	 * Any of {@code owner}, {@code dueDate}, {@code rootCause}, {@code preventiveAction},
	 * {@code status}, {@code expectedVersion}; fields left out stay as they are.
	 */
	@PatchMapping("/{id}")
	TrendIssue update(@PathVariable String clientId, @PathVariable long id, @RequestBody TrendIssueUpdate update) {
		return this.issues.update(ApiClientIds.parse(clientId), id, update);
	}

	/** Runs detection now (account managers and firm administrators; others get 403). */
	@PostMapping("/scan")
	TrendScan scan(@PathVariable String clientId) {
		return this.issues.scan(ApiClientIds.parse(clientId));
	}

}

package io.ardesk.patients.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.ardesk.patients.RunTrigger;
import io.ardesk.patients.SkipReason;
import io.ardesk.patients.SkippedAccount;
import io.ardesk.patients.StatementRun;
import io.ardesk.patients.StatementRuns;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

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
 * Statement runs of a client: start one now (managers), list them, read one with the
 * patients it skipped, and download its print file and result.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/statement-runs")
class StatementRunsApi {

	private final StatementRuns runs;

	StatementRunsApi(StatementRuns runs) {
		this.runs = runs;
	}

	/**
	 * @param skipped patients not printed, by reason
	 * @param printFile all letters in one PDF (none when nothing was printed)
	 */
	record RunItem(long id, String cycle, LocalDate runOn, RunTrigger trigger, String startedBy, Instant startedAt,
			int accounts, int sent, BigDecimal totalDue, Map<SkipReason, Integer> skipped, @Nullable String printFile,
			String result) {

		static RunItem of(String clientId, StatementRun run) {
			String base = "/api/v1/clients/" + clientId + "/statement-runs/" + run.id();
			return new RunItem(run.id(), run.cycle().toString(), run.runOn(), run.trigger(), run.startedBy(),
					run.startedAt(), run.counts().accounts(), run.counts().sent(),
					PatientReceivablesApi.money(run.counts().totalDue()), run.counts().skipped(),
					(run.counts().sent() > 0) ? base + "/statements.pdf" : null, base + "/result.csv");
		}

	}

	record SkippedItem(long patientId, @Nullable String accountNumber, String name, BigDecimal balance,
			SkipReason reason, String detail) {

		static SkippedItem of(SkippedAccount skip) {
			return new SkippedItem(skip.patientId(), skip.accountNumber(), skip.name(),
					PatientReceivablesApi.money(skip.balance()), skip.reason(), skip.detail());
		}

	}

	record RunDetail(RunItem run, List<PatientStatementsApi.LetterItem> letters, List<SkippedItem> skippedAccounts) {
	}

	/** Runs the client's current cycle now: 201 with the result; 403 for non-managers. */
	@PostMapping
	ResponseEntity<RunItem> start(@PathVariable String clientId) {
		StatementRun run = this.runs.runNow(ApiClientIds.parse(clientId));
		return ResponseEntity.created(URI.create("/api/v1/clients/" + clientId + "/statement-runs/" + run.id()))
			.body(RunItem.of(clientId, run));
	}

	@GetMapping
	List<RunItem> runs(@PathVariable String clientId, @RequestParam(defaultValue = "24") int limit) {
		return this.runs.runs(ApiClientIds.parse(clientId), limit)
			.stream()
			.map((run) -> RunItem.of(clientId, run))
			.toList();
	}

	@GetMapping("/{runId}")
	RunDetail run(@PathVariable String clientId, @PathVariable long runId) {
		ClientId client = ApiClientIds.parse(clientId);
		return new RunDetail(RunItem.of(clientId, this.runs.run(client, runId)),
				this.runs.letters(client, runId)
					.stream()
					.map((letter) -> PatientStatementsApi.LetterItem.of(clientId, letter))
					.toList(),
				this.runs.skipped(client, runId).stream().map(SkippedItem::of).toList());
	}

	@GetMapping(value = "/{runId}/statements.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> printFile(@PathVariable String clientId, @PathVariable long runId) {
		return download(this.runs.printFile(ApiClientIds.parse(clientId), runId), MediaType.APPLICATION_PDF,
				"statement-run-" + runId + ".pdf");
	}

	@GetMapping(value = "/{runId}/result.csv", produces = "text/csv")
	ResponseEntity<byte[]> result(@PathVariable String clientId, @PathVariable long runId) {
		return download(this.runs.resultCsv(ApiClientIds.parse(clientId), runId),
				new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				"statement-run-" + runId + ".csv");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}

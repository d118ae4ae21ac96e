package io.ardesk.worklist.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ardesk.claims.ClaimStatus;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.validation.PlausibleDate;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.CallSheet;
import io.ardesk.worklist.ClaimActionNotFoundException;
import io.ardesk.worklist.HighValueFlags;
import io.ardesk.worklist.QueueExport;
import io.ardesk.worklist.QueuePage;
import io.ardesk.worklist.ClaimWorkspace;
import io.ardesk.worklist.Deadline;
import io.ardesk.worklist.FollowUpChannel;
import io.ardesk.worklist.FollowUpEntry;
import io.ardesk.worklist.FollowUpOutcome;
import io.ardesk.worklist.FollowUpRecord;
import io.ardesk.worklist.QueueFilter;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import io.ardesk.worklist.WorkStatus;
import io.ardesk.worklist.WorkspaceState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The work queue and follow-ups for integration partners (dialers, RPA bots logging payer
 * calls). Parameters and bodies are validated here (400 naming the field); the services
 * check them again, and check who may read or change the client.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
class WorklistApi {

	static final int MAX_LIMIT = 500;

	private final WorkQueue queue;

	private final ClaimWorkspace workspace;

	private final QueueExport export;

	private final HighValueFlags highValue;

	WorklistApi(WorkQueue queue, ClaimWorkspace workspace, QueueExport export, HighValueFlags highValue) {
		this.queue = queue;
		this.workspace = workspace;
		this.export = export;
		this.highValue = highValue;
	}

	record WorklistItem(String claimNumber, BigDecimal score, List<String> reasons, @Nullable String owner,
			LocalDate nextActionDate, BigDecimal balance, long ageDays, @Nullable DeadlineItem deadline,
			String clientId, String status, WorkStatus workStatus, String payer) {

		static WorklistItem of(WorkItem item) {
			Deadline deadline = item.deadline();
			return new WorklistItem(item.claimNumber(), twoDecimals(item.score()), item.reasons(), item.owner(),
					item.nextActionDate(), twoDecimals(item.balance()), item.ageDays(),
					(deadline != null) ? new DeadlineItem(deadline.kind(), deadline.date(), deadline.daysLeft()) : null,
					item.client().value(), item.status().name(), item.workStatus(), item.payer());
		}

	}

	record DeadlineItem(Deadline.Kind kind, LocalDate date, long daysLeft) {
	}

	/**
	 * A follow-up as a partner sends it; without {@code expectedVersion} the current one
	 * is used (last writer wins, for bots that do not read first).
	 */
	record FollowUpRequest(@NotNull FollowUpChannel channel,
			@Size(max = FollowUpEntry.MAX_REP_NAME,
					message = "must be at most {max} characters") @Nullable String repName,
			@Size(max = FollowUpEntry.MAX_CALL_REFERENCE,
					message = "must be at most {max} characters") @Nullable String callReference,
			@NotNull FollowUpOutcome outcome,
			@Size(max = FollowUpEntry.MAX_NOTE, message = "must be at most {max} characters") @Nullable String note,
			@Nullable Boolean internal, @NotNull @PlausibleDate LocalDate nextActionDate,
			@PositiveOrZero @Nullable Long expectedVersion) {

		FollowUpEntry entry() {
			return new FollowUpEntry(this.channel, this.repName, this.callReference, this.outcome, this.note,
					Boolean.TRUE.equals(this.internal), this.nextActionDate);
		}

	}

	/**
	 * The client's queue, best first. Keyset paging: the response header
	 * {@code Next-Cursor} holds the {@code after} value for the next page;
	 * {@code X-Total-Count} and {@code X-Total-Balance} give the size of the whole
	 * filter.
	 */
	@GetMapping("/worklist")
	ResponseEntity<List<WorklistItem>> worklist(@PathVariable String clientId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(MAX_LIMIT) int limit, QueueParams params) {
		QueueFilter filter = params.filter(params.owner());
		QueuePage page = this.queue.page(ApiClientIds.parse(clientId), filter, 0, limit);
		ResponseEntity.BodyBuilder response = withTotals(ResponseEntity.ok(), page);
		if (page.items().size() == limit) {
			WorkItem last = page.items().getLast();
			response.header("Next-Cursor", last.score().toPlainString() + "|" + last.claimNumber());
		}
		return response.body(page.items().stream().map(WorklistItem::of).toList());
	}

	/** The client's queue as CSV, with the filter applied. */
	@GetMapping("/worklist.csv")
	ResponseEntity<byte[]> worklistCsv(@PathVariable String clientId, QueueParams params) {
		return file("worklist-" + clientId, QueueExport.Format.CSV, this.export
			.clientQueue(ApiClientIds.parse(clientId), params.filter(params.owner()), QueueExport.Format.CSV));
	}

	/** The client's queue as an Excel workbook, with the filter applied. */
	@GetMapping("/worklist.xlsx")
	ResponseEntity<byte[]> worklistXlsx(@PathVariable String clientId, QueueParams params) {
		return file("worklist-" + clientId, QueueExport.Format.XLSX, this.export
			.clientQueue(ApiClientIds.parse(clientId), params.filter(params.owner()), QueueExport.Format.XLSX));
	}

	record Reassignment(@NotNull @Size(min = 1, max = MAX_LIMIT) List<@NotBlank @Size(max = 80) String> claimNumbers,
			@Size(max = 100) @Nullable String owner) {
	}

	/**
	 * Hands claims to a specialist ({@code owner} null: unassigned). Managers: any claim;
	 * specialists: only their own (403 otherwise).
	 */
	@PostMapping("/worklist/assign")
	Map<String, Integer> assign(@PathVariable String clientId, @Valid @RequestBody Reassignment body) {
		return Map.of("changed", this.queue.assign(ApiClientIds.parse(clientId), body.claimNumbers(), body.owner()));
	}

	record BulkNextAction(@NotNull @Size(min = 1, max = MAX_LIMIT) List<@NotBlank @Size(max = 80) String> claimNumbers,
			@NotNull @PlausibleDate LocalDate nextActionDate) {
	}

	/** Sets the next action of many claims (account managers and administrators). */
	@PostMapping("/worklist/next-action")
	Map<String, Integer> setNextAction(@PathVariable String clientId, @Valid @RequestBody BulkNextAction body) {
		return Map.of("changed",
				this.queue.setNextAction(ApiClientIds.parse(clientId), body.claimNumbers(), body.nextActionDate()));
	}

	/**
	 * Everything for a payer call on one claim. Client viewers get no {@code internal}
	 * part (owner, score, reasons).
	 */
	@GetMapping("/claims/{claimNumber}/workspace")
	CallSheet workspace(@PathVariable String clientId, @PathVariable String claimNumber) {
		return this.workspace.callSheet(ApiClientIds.parse(clientId), claimNumber)
			.orElseThrow(() -> new ClaimActionNotFoundException("No claim " + claimNumber + " for this client."));
	}

	record HighValueNote(
			@Size(max = HighValueFlags.MAX_NOTE, message = "must be at most {max} characters") @Nullable String note) {
	}

	/** Flags a claim high-value (account managers and administrators). */
	@PostMapping("/claims/{claimNumber}/high-value")
	HighValueFlags.HighValueFlag flagHighValue(@PathVariable String clientId, @PathVariable String claimNumber,
			@Valid @RequestBody(required = false) @Nullable HighValueNote body) {
		return this.highValue.flag(ApiClientIds.parse(clientId), claimNumber, (body != null) ? body.note() : null);
	}

	@DeleteMapping("/claims/{claimNumber}/high-value")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unflagHighValue(@PathVariable String clientId, @PathVariable String claimNumber) {
		this.highValue.unflag(ApiClientIds.parse(clientId), claimNumber);
	}

	static ResponseEntity.BodyBuilder withTotals(ResponseEntity.BodyBuilder response, QueuePage page) {
		return response.header("X-Total-Count", String.valueOf(page.totalCount()))
			.header("X-Total-Balance", page.totalBalance().setScale(2, RoundingMode.HALF_UP).toPlainString())
			.header("Access-Control-Expose-Headers", "X-Total-Count, X-Total-Balance, Next-Cursor");
	}

	static ResponseEntity<byte[]> file(String name, QueueExport.Format format, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format.extension()).build().toString())
			.body(content);
	}

	record StatusChange(@NotNull WorkStatus status,
			@Size(max = ClaimWorkspace.MAX_STATUS_NOTE,
					message = "must be at most {max} characters") @Nullable String note,
			@PositiveOrZero @Nullable Long expectedVersion) {
	}

	/** Sets the work status of a claim; 409 when {@code expectedVersion} is stale. */
	@PostMapping("/claims/{claimNumber}/status")
	Map<String, String> changeStatus(@PathVariable String clientId, @PathVariable String claimNumber,
			@Valid @RequestBody StatusChange change) {
		ClientId client = ApiClientIds.parse(clientId);
		long version = (change.expectedVersion() != null) ? change.expectedVersion()
				: state(client, claimNumber).version();
		WorkStatus status = this.workspace.changeStatus(client, claimNumber, change.status(),
				(change.note() != null) ? change.note() : "", version);
		return Map.of("claimNumber", claimNumber, "workStatus", status.name());
	}

	@GetMapping("/claims/{claimNumber}/follow-ups")
	List<FollowUpRecord> followUps(@PathVariable String clientId, @PathVariable String claimNumber) {
		return state(ApiClientIds.parse(clientId), claimNumber).followUps();
	}

	@PostMapping("/claims/{claimNumber}/follow-ups")
	@ResponseStatus(HttpStatus.CREATED)
	FollowUpRecord logFollowUp(@PathVariable String clientId, @PathVariable String claimNumber,
			@Valid @RequestBody FollowUpRequest request) {
		ClientId client = ApiClientIds.parse(clientId);
		WorkspaceState state = state(client, claimNumber);
		long version = (request.expectedVersion() != null) ? request.expectedVersion() : state.version();
		return this.workspace.logFollowUp(client, claimNumber, request.entry(), version);
	}

	private WorkspaceState state(ClientId client, String claimNumber) {
		return this.workspace.state(client, claimNumber)
			.orElseThrow(() -> new ClaimActionNotFoundException("No such claim for this client."));
	}

	private static BigDecimal twoDecimals(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}

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
import io.ardesk.worklist.ClaimActionNotFoundException;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

	/** {@code <score>|<claim number>}, as the {@code Next-Cursor} header gives it. */
	private static final Pattern CURSOR = Pattern.compile("(-?\\d{1,6}(?:\\.\\d{1,2})?)\\|(\\P{Cc}{1,80})");

	private final WorkQueue queue;

	private final ClaimWorkspace workspace;

	WorklistApi(WorkQueue queue, ClaimWorkspace workspace) {
		this.queue = queue;
		this.workspace = workspace;
	}

	record WorklistItem(String claimNumber, BigDecimal score, List<String> reasons, @Nullable String owner,
			LocalDate nextActionDate, BigDecimal balance, long ageDays, @Nullable DeadlineItem deadline) {

		static WorklistItem of(WorkItem item) {
			Deadline deadline = item.deadline();
			return new WorklistItem(item.claimNumber(), twoDecimals(item.score()), item.reasons(), item.owner(),
					item.nextActionDate(), twoDecimals(item.balance()), item.ageDays(), (deadline != null)
							? new DeadlineItem(deadline.kind(), deadline.date(), deadline.daysLeft()) : null);
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
	 * {@code Next-Cursor} holds the {@code after} value for the next page.
	 */
	@GetMapping("/worklist")
	ResponseEntity<List<WorklistItem>> worklist(@PathVariable String clientId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(MAX_LIMIT) int limit,
			@RequestParam(required = false) @Size(max = 100) @Nullable String owner,
			@RequestParam(required = false) @Nullable Long payer,
			@RequestParam(required = false) @Nullable ClaimStatus status,
			@RequestParam(required = false) @Size(max = 40) @Nullable String denialCategory,
			@RequestParam(required = false) @Min(0) @Max(QueueFilter.MAX_AGE_DAYS) @Nullable Integer minAgeDays,
			@RequestParam(required = false) @Min(0) @Max(QueueFilter.MAX_AGE_DAYS) @Nullable Integer maxAgeDays,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate dueBy,
			@RequestParam(required = false) @Nullable String after) {
		BigDecimal afterScore = null;
		String afterClaim = null;
		if (after != null) {
			Matcher cursor = CURSOR.matcher(after);
			if (!cursor.matches()) {
				throw new InvalidInputException("after", "after must be the Next-Cursor of the previous page.");
			}
			afterScore = new BigDecimal(cursor.group(1));
			afterClaim = cursor.group(2);
		}
		// No owner parameter: everyone's claims; "owner=" (empty): the unassigned ones.
		QueueFilter filter = new QueueFilter(owner, payer, status, denialCategory, minAgeDays, maxAgeDays, dueBy,
				afterScore, afterClaim);
		List<WorkItem> items = this.queue.filteredQueue(ApiClientIds.parse(clientId), filter, limit);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (items.size() == limit) {
			WorkItem last = items.getLast();
			response.header("Next-Cursor", last.score().toPlainString() + "|" + last.claimNumber());
		}
		return response.body(items.stream().map(WorklistItem::of).toList());
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

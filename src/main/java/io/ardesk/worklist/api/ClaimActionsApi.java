package io.ardesk.worklist.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.Appeal;
import io.ardesk.worklist.AppealOutcome;
import io.ardesk.worklist.LateAppeal;
import io.ardesk.worklist.ClaimActionNotFoundException;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.ClaimActionsSummary;
import io.ardesk.worklist.ClaimNote;
import io.ardesk.worklist.DocumentRequest;
import io.ardesk.worklist.TransferDirection;
import io.ardesk.worklist.WriteOffRequest;
import io.ardesk.shared.validation.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * Claim actions for integration partners: write-off requests and decisions, transfers,
 * appeals and their letters, corrected claims, document requests and notes. The bodies
 * are validated here (400 naming the field); the service checks them again and checks who
 * may do what: refusals 403, unknown ids 404, a second decision or answer 409, an amount
 * the balance does not cover 422.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
class ClaimActionsApi {

	private final ClaimActions actions;

	ClaimActionsApi(ClaimActions actions) {
		this.actions = actions;
	}

	record WriteOffBody(@NotNull ResponsibleParty from,
			@NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
			@NotBlank @Size(max = ClaimActions.MAX_REASON,
					message = "must be at most {max} characters") String reason) {
	}

	record DecisionBody(@NotNull Boolean approve, @Size(max = ClaimActions.MAX_DECISION_NOTE,
			message = "must be at most {max} characters") @Nullable String note) {
	}

	record TransferBody(@NotNull TransferDirection direction,
			@NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
			@NotBlank @Size(max = ClaimActions.MAX_REASON,
					message = "must be at most {max} characters") String reason) {
	}

	/** {@code late} is required once the appeal deadline has passed (422 without). */
	record AppealBody(@Min(1) @Max(ClaimActions.MAX_APPEAL_LEVEL) @Nullable Integer level,
			@NotBlank @Size(max = ClaimActions.MAX_REASON, message = "must be at most {max} characters") String reason,
			@Valid @Nullable LateBody late) {
	}

	record LateBody(@NotNull LateAppeal.Reason reason, @NotBlank @Size(max = LateAppeal.MAX_EXPLANATION,
			message = "must be at most {max} characters") String explanation) {
	}

	record AppealClose(@NotNull AppealOutcome outcome) {
	}

	record ReasonBody(@NotBlank @Size(max = ClaimActions.MAX_REASON,
			message = "must be at most {max} characters") String reason) {
	}

	record DocumentRequestBody(
			@NotBlank @Size(max = ClaimActions.MAX_WHAT_IS_NEEDED,
					message = "must be at most {max} characters") String whatIsNeeded,
			@NotNull @PlausibleDate LocalDate dueDate) {
	}

	record AnswerBody(@NotBlank @Size(max = ClaimActions.MAX_ANSWER,
			message = "must be at most {max} characters") String answer) {
	}

	record NoteBody(
			@NotBlank @Size(max = ClaimActions.MAX_NOTE, message = "must be at most {max} characters") String text,
			@Nullable Boolean internal) {
	}

	@GetMapping("/claims/{claimNumber}/actions")
	ClaimActionsSummary summary(@PathVariable String clientId, @PathVariable String claimNumber) {
		return this.actions.actions(ApiClientIds.parse(clientId), claimNumber);
	}

	@PostMapping("/claims/{claimNumber}/write-off-requests")
	@ResponseStatus(HttpStatus.CREATED)
	WriteOffRequest requestWriteOff(@PathVariable String clientId, @PathVariable String claimNumber,
			@Valid @RequestBody WriteOffBody body) {
		return this.actions.requestWriteOff(ApiClientIds.parse(clientId), claimNumber, body.from(), body.amount(),
				body.reason());
	}

	@GetMapping("/write-off-requests")
	List<WriteOffRequest> pendingWriteOffs(@PathVariable String clientId) {
		return this.actions.pendingWriteOffs(ApiClientIds.parse(clientId));
	}

	@PostMapping("/write-off-requests/{id}/decision")
	WriteOffRequest decide(@PathVariable String clientId, @PathVariable long id,
			@Valid @RequestBody DecisionBody body) {
		return this.actions.decideWriteOff(ApiClientIds.parse(clientId), id, body.approve(), body.note());
	}

	/**
	 * Insurance to the patient waits for a manager's approval: 202 with the pending
	 * request (decided at {@code /approvals/{id}/decision}). Patient back to insurance
	 * posts at once: 204.
	 */
	@PostMapping("/claims/{claimNumber}/transfers")
	ResponseEntity<MoneyMoveRequest> transfer(@PathVariable String clientId, @PathVariable String claimNumber,
			@Valid @RequestBody TransferBody body) {
		return this.actions
			.transferBalance(ApiClientIds.parse(clientId), claimNumber, body.direction(), body.amount(), body.reason())
			.map((request) -> ResponseEntity.accepted().body(request))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/claims/{claimNumber}/appeals")
	@ResponseStatus(HttpStatus.CREATED)
	Appeal startAppeal(@PathVariable String clientId, @PathVariable String claimNumber,
			@Valid @RequestBody AppealBody body) {
		return this.actions.startAppeal(ApiClientIds.parse(clientId), claimNumber,
				(body.level() != null) ? body.level() : 1, body.reason(),
				(body.late() != null) ? new LateAppeal(body.late().reason(), body.late().explanation()) : null);
	}

	/** Records how an appeal ended; 409 if it was already closed. */
	@PostMapping("/claims/{claimNumber}/appeals/{id}/close")
	Appeal closeAppeal(@PathVariable String clientId, @PathVariable String claimNumber, @PathVariable long id,
			@Valid @RequestBody AppealClose body) {
		ClientId client = ApiClientIds.parse(clientId);
		boolean ofThisClaim = this.actions.actions(client, claimNumber)
			.appeals()
			.stream()
			.anyMatch((appeal) -> appeal.id() == id);
		if (!ofThisClaim) {
			throw new ClaimActionNotFoundException("No appeal " + id + " on claim " + claimNumber);
		}
		return this.actions.closeAppeal(client, id, body.outcome());
	}

	@GetMapping(path = "/claims/{claimNumber}/appeals/{id}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> appealLetter(@PathVariable String clientId, @PathVariable String claimNumber,
			@PathVariable long id) {
		ClientId client = ApiClientIds.parse(clientId);
		// The appeal must belong to the claim in the URL, not just to the client.
		boolean ofThisClaim = this.actions.actions(client, claimNumber)
			.appeals()
			.stream()
			.anyMatch((appeal) -> appeal.id() == id);
		if (!ofThisClaim) {
			throw new ClaimActionNotFoundException("No appeal " + id + " on claim " + claimNumber);
		}
		byte[] pdf = this.actions.appealLetterPdf(client, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("appeal-" + claimNumber + "-" + id + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	@PostMapping("/claims/{claimNumber}/corrected-claims")
	ResponseEntity<Void> correctedClaim(@PathVariable String clientId, @PathVariable String claimNumber,
			@Valid @RequestBody ReasonBody body) {
		this.actions.markCorrectedClaim(ApiClientIds.parse(clientId), claimNumber, body.reason());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/claims/{claimNumber}/document-requests")
	@ResponseStatus(HttpStatus.CREATED)
	DocumentRequest requestDocuments(@PathVariable String clientId, @PathVariable String claimNumber,
			@Valid @RequestBody DocumentRequestBody body) {
		return this.actions.requestDocuments(ApiClientIds.parse(clientId), claimNumber, body.whatIsNeeded(),
				body.dueDate());
	}

	@PostMapping("/document-requests/{id}/answer")
	DocumentRequest answer(@PathVariable String clientId, @PathVariable long id, @Valid @RequestBody AnswerBody body) {
		return this.actions.answerDocumentRequest(ApiClientIds.parse(clientId), id, body.answer());
	}

	@GetMapping("/claims/{claimNumber}/notes")
	List<ClaimNote> notes(@PathVariable String clientId, @PathVariable String claimNumber) {
		return this.actions.notes(ApiClientIds.parse(clientId), claimNumber);
	}

	@PostMapping("/claims/{claimNumber}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	ClaimNote addNote(@PathVariable String clientId, @PathVariable String claimNumber,
			@Valid @RequestBody NoteBody body) {
		return this.actions.addNote(ApiClientIds.parse(clientId), claimNumber, body.text(),
				Boolean.TRUE.equals(body.internal()));
	}

	/** Notes are append-only: an edit posts a new version of the note. */
	@PostMapping("/notes/{id}/versions")
	@ResponseStatus(HttpStatus.CREATED)
	ClaimNote editNote(@PathVariable String clientId, @PathVariable long id, @Valid @RequestBody NoteBody body) {
		return this.actions.editNote(ApiClientIds.parse(clientId), id, body.text());
	}

}

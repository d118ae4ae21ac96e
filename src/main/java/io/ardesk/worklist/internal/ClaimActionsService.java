package io.ardesk.worklist.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ardesk.approvals.MoneyMove;
import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveKind;
import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.claims.ClaimBalanceChanges;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimEvents;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.Role;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.Inputs;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.Appeal;
import io.ardesk.worklist.AppealOutcome;
import io.ardesk.worklist.LateAppeal;
import io.ardesk.worklist.ClaimActionNotFoundException;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.ClaimActionsSummary;
import io.ardesk.worklist.ClaimNote;
import io.ardesk.worklist.ClaimWorkspace;
import io.ardesk.worklist.Deadline;
import io.ardesk.worklist.DocumentRequest;
import io.ardesk.worklist.TransferDirection;
import io.ardesk.worklist.WorkspaceState;
import io.ardesk.worklist.WriteOffRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claim actions on the client's schema. Balances only ever change through
 * {@link ClaimBalanceChanges}, which keeps the ledger invariant; everything else is
 * recorded here and in the claim's history. Log lines carry ids only, never patient data.
 */
@Service
class ClaimActionsService implements ClaimActions {

	private static final Logger log = LoggerFactory.getLogger(ClaimActionsService.class);

	/**
	 * Payers commonly allow 60 days or more; used when the claim has no appeal deadline.
	 */
	static final int DEFAULT_APPEAL_DAYS = 60;

	private final ClaimActionRows rows;

	private final ClaimBalanceChanges balances;

	private final ClaimEvents events;

	private final ClaimLedger ledger;

	private final ClaimWorkspace workspace;

	private final ClientAccess access;

	private final ClientDirectory directory;

	private final Clock clock;

	private final MoneyMoveApprovals approvals;

	private final WorkProgress progress;

	ClaimActionsService(ClaimActionRows rows, ClaimBalanceChanges balances, ClaimEvents events, ClaimLedger ledger,
			ClaimWorkspace workspace, ClientAccess access, ClientDirectory directory, Clock clock,
			MoneyMoveApprovals approvals, WorkProgress progress) {
		this.progress = progress;
		this.rows = rows;
		this.balances = balances;
		this.events = events;
		this.ledger = ledger;
		this.workspace = workspace;
		this.access = access;
		this.directory = directory;
		this.clock = clock;
		this.approvals = approvals;
	}

	@Override
	@ChangesClient
	@Transactional
	public WriteOffRequest requestWriteOff(ClientId client, String claimNumber, ResponsibleParty from,
			BigDecimal amount, String reason) {
		if (from == ResponsibleParty.INSURANCE) {
			// Writing off what the payer is asked to pay contradicts the appeal.
			long claimId = this.rows.claimId(claimNumber);
			if (this.rows.appeals(claimId).stream().anyMatch((appeal) -> "OPEN".equals(appeal.status()))) {
				throw new RuleViolationException("claimNumber", "Claim " + claimNumber
						+ " has an open appeal: record the appeal's outcome before asking for an insurance write-off.");
			}
		}
		// The approvals module checks the amount against the balance now, so that a
		// manager is never asked to approve what cannot be posted, and again on approval.
		return WriteOffRequest.of(this.approvals.submit(client, MoneyMove.writeOff(claimNumber, from, amount, reason)));
	}

	@Override
	@ChangesClient
	@Transactional
	public WriteOffRequest decideWriteOff(ClientId client, long requestId, boolean approve, @Nullable String note) {
		boolean writeOff = this.approvals.find(client, requestId)
			.map((request) -> request.move().kind() == MoneyMoveKind.WRITE_OFF)
			.orElse(false);
		if (!writeOff) {
			throw new ClaimActionNotFoundException("No write-off request " + requestId + " for this client.");
		}
		return WriteOffRequest.of(this.approvals.decide(client, requestId, approve, note));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<WriteOffRequest> pendingWriteOffs(ClientId client) {
		return this.approvals.pending(client)
			.stream()
			.filter((request) -> request.move().kind() == MoneyMoveKind.WRITE_OFF)
			.map(WriteOffRequest::of)
			.toList();
	}

	@Override
	@ChangesClient
	@Transactional
	public Optional<MoneyMoveRequest> transferBalance(ClientId client, String claimNumber, TransferDirection direction,
			BigDecimal amount, String reason) {
		return switch (direction) {
			// Four eyes: moving insurance balance to the patient followed by a "cash"
			// patient payment would otherwise close a claim with nobody else involved.
			case TO_PATIENT ->
				Optional.of(this.approvals.submit(client, MoneyMove.transferToPatient(claimNumber, amount, reason)));
			case TO_INSURANCE -> {
				String why = Inputs.required(reason, "reason", "A reason", MAX_REASON);
				this.rows.claimId(claimNumber);
				// ClaimBalanceChanges checks the amount and records the transfer with who
				// made it.
				this.balances.transferToInsurance(client, claimNumber, amount, why);
				yield Optional.empty();
			}
		};
	}

	@Override
	@ChangesClient
	@Transactional
	public Appeal startAppeal(ClientId client, String claimNumber, int level, String reason) {
		return startAppeal(client, claimNumber, level, reason, null);
	}

	@Override
	@ChangesClient
	@Transactional
	public Appeal startAppeal(ClientId client, String claimNumber, int level, String reason,
			@Nullable LateAppeal late) {
		String why = Inputs.required(reason, "reason", "The appeal reason", MAX_REASON);
		Inputs.within(level, 1, MAX_APPEAL_LEVEL, "level", "The appeal level");
		ClaimDetail claim = claim(client, claimNumber);
		ClientProfile profile = profile(client);
		LocalDate today = LocalDate.now(this.clock.withZone(profile.timeZone()));
		LocalDate known = this.workspace.state(client, claimNumber)
			.map(WorkspaceState::deadline)
			.filter((d) -> d.kind() == Deadline.Kind.APPEAL)
			.map(Deadline::date)
			.orElse(null);
		boolean pastDeadline = known != null && today.isAfter(known);
		if (pastDeadline && late == null) {
			throw new RuleViolationException("late", "The appeal deadline of " + Formats.date(known)
					+ " has passed: give the late reason "
					+ "(good cause, or proof of timely filing attached) so that the letter asks for late acceptance.");
		}
		LateAppeal lateReason = pastDeadline ? late : null;
		if (lateReason != null) {
			Inputs.required(lateReason.explanation(), "late.explanation", "The late reason",
					LateAppeal.MAX_EXPLANATION);
		}
		boolean writeOffPending = this.approvals.ofClaim(client, claimNumber)
			.stream()
			.anyMatch((request) -> request.move().kind() == MoneyMoveKind.WRITE_OFF && request.pending()
					&& request.move().from() != ResponsibleParty.PATIENT);
		if (writeOffPending) {
			throw new RuleViolationException("claimNumber", "A write-off of claim " + claimNumber
					+ " waits for a decision: decide it before starting an appeal.");
		}
		// A late appeal keeps the deadline it missed: the record says what was true.
		LocalDate deadline = (known != null) ? known : today.plusDays(DEFAULT_APPEAL_DAYS);
		String letter = AppealLetter.write(claim, level, why, today, known, lateReason, this.directory.firm().name(),
				profile.name());
		this.progress.lock();
		long id = this.rows.insertAppeal(claim.id(), level, deadline, why, letter, actor(), now());
		WorkProgress.ClaimTerms terms = this.progress.terms(profile, claim.id());
		LocalDate next = this.progress.move(profile, claim.id(),
				WorkTransitions.after(WorkTransitions.Action.APPEAL_STARTED),
				this.progress.responseDue(profile, terms, today));
		this.events.record(client, claim.id(), "APPEAL_STARTED",
				"Started a level " + level + " appeal (appeal " + id + ")"
						+ ((lateReason != null)
								? ", late (" + lateReason.reason().label().toLowerCase(java.util.Locale.ROOT)
										+ ") after the deadline of " + Formats.date(known)
								: (known != null) ? ", due by " + Formats.date(known) : "")
						+ ": " + why + "; appealed, next action " + Formats.date(next));
		log.info("Appeal {} on client {} started", id, client.value());
		return this.rows.appeal(id);
	}

	@Override
	@ChangesClient
	@Transactional
	public Appeal closeAppeal(ClientId client, long appealId, AppealOutcome outcome) {
		Appeal appeal = this.rows.appeal(appealId);
		if (!this.rows.closeAppeal(appealId, outcome.name())) {
			throw new ConflictException(null, "Appeal " + appealId + " was already closed.");
		}
		long claimId = this.rows.claimId(appeal.claimNumber());
		this.events.record(client, claimId, "APPEAL_CLOSED",
				"Appeal " + appealId + " closed: " + outcome.label().toLowerCase(java.util.Locale.ROOT));
		ClientProfile profile = profile(client);
		this.progress.lock();
		this.progress.move(profile, claimId, io.ardesk.worklist.WorkStatus.IN_PROGRESS, this.progress.today(profile));
		return this.rows.appeal(appealId);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public byte[] appealLetterPdf(ClientId client, long appealId) {
		return AppealLetterPdf.render(this.rows.appeal(appealId));
	}

	@Override
	@ChangesClient
	@Transactional
	public void markCorrectedClaim(ClientId client, String claimNumber, String reason) {
		String why = Inputs.required(reason, "reason", "The correction", MAX_REASON);
		long claimId = this.rows.claimId(claimNumber);
		ClientProfile profile = profile(client);
		this.progress.lock();
		LocalDate next = this.progress.move(profile, claimId,
				WorkTransitions.after(WorkTransitions.Action.CORRECTED_CLAIM_SENT), this.progress.responseDue(profile,
						this.progress.terms(profile, claimId), this.progress.today(profile)));
		this.events.record(client, claimId, "CORRECTED_CLAIM_SENT",
				"Sent a corrected claim (frequency 7) to the payer: " + why + "; rebilled, next action "
						+ Formats.date(next));
	}

	@Override
	@ChangesClient
	@Transactional
	public DocumentRequest requestDocuments(ClientId client, String claimNumber, String whatIsNeeded,
			LocalDate dueDate) {
		String what = Inputs.required(whatIsNeeded, "whatIsNeeded", "What is needed", MAX_WHAT_IS_NEEDED);
		if (dueDate == null || dueDate.isBefore(today(client))) {
			throw new InvalidInputException("dueDate", "The due date must be today or later.");
		}
		Inputs.date(dueDate, "dueDate", "The due date");
		long claimId = this.rows.claimId(claimNumber);
		long id = this.rows.insertDocumentRequest(claimId, actor(), now(), what, dueDate);
		this.events.record(client, claimId, "DOCUMENTS_REQUESTED",
				"Asked the practice for " + what + " by " + Formats.date(dueDate) + " (document request " + id + ")");
		this.progress.lock();
		this.progress.move(profile(client), claimId, WorkTransitions.after(WorkTransitions.Action.DOCUMENTS_REQUESTED),
				dueDate);
		return this.rows.documentRequest(id);
	}

	@Override
	@ReadsClient
	@Transactional
	public DocumentRequest answerDocumentRequest(ClientId client, long requestId, String answer) {
		// @ReadsClient let in anyone who may read the client; of those, staff must also
		// be allowed to change it, and a viewer reaches only their own practice anyway.
		CurrentUser user = this.access.currentUser()
			.orElseThrow(() -> new ClientAccessDeniedException("Sign in to answer a document request"));
		if (user.role().isStaff() && !this.access.mayWrite(client)) {
			throw new ClientAccessDeniedException("Read-only access to client " + client.value());
		}
		String text = Inputs.required(answer, "answer", "The answer", MAX_ANSWER);
		DocumentRequest request = this.rows.documentRequest(requestId);
		if (!this.rows.answerDocumentRequest(requestId, text, user.username(), now())) {
			throw new ConflictException(null, "Document request " + requestId + " was already answered.");
		}
		long claimId = this.rows.claimId(request.claimNumber());
		this.events.recordByReader(client, claimId, "DOCUMENTS_ANSWERED",
				"Answered document request " + requestId + ": " + text);
		// The answer puts the claim back in its owner's queue today.
		ClientProfile profile = profile(client);
		this.progress.lock();
		this.progress.move(profile, claimId, WorkTransitions.after(WorkTransitions.Action.DOCUMENTS_ANSWERED),
				this.progress.today(profile));
		return this.rows.documentRequest(requestId);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<DocumentRequest> documentRequests(ClientId client, boolean openOnly) {
		return this.rows.documentRequests(openOnly);
	}

	@Override
	@ChangesClient
	@Transactional
	public ClaimNote addNote(ClientId client, String claimNumber, String text, boolean internal) {
		String body = Inputs.required(text, "text", "The note", MAX_NOTE);
		long claimId = this.rows.claimId(claimNumber);
		long id = this.rows.insertNote(claimId, actor(), now(), body, internal, null);
		// Client viewers read the history: an internal note leaves only a trace there.
		this.events.record(client, claimId, "NOTE",
				internal ? "Internal note added (visible to the firm only)" : "Note: " + body);
		return current(claimId, id);
	}

	@Override
	@ChangesClient
	@Transactional
	public ClaimNote editNote(ClientId client, long noteId, String newText) {
		String body = Inputs.required(newText, "text", "The note", MAX_NOTE);
		ClaimActionRows.NoteRow old = this.rows.note(noteId)
			.orElseThrow(() -> new ClaimActionNotFoundException("No note " + noteId + " for this client."));
		if (this.rows.isReplaced(noteId)) {
			throw new ConflictException(null, "Note " + noteId + " was already edited; edit its newest version.");
		}
		long id;
		try {
			id = this.rows.insertNote(old.claimId(), actor(), now(), body, old.internal(), noteId);
		}
		catch (DuplicateKeyException ex) {
			// Two edits of the same version at once: the unique index lets one through.
			throw new ConflictException(null,
					"Someone else edited note " + noteId + " at the same moment; reload and edit the newest version.");
		}
		this.events.record(client, old.claimId(), "NOTE_EDITED", old.internal()
				? "Internal note edited (visible to the firm only)" : "Note edited (earlier text kept): " + body);
		return current(old.claimId(), id);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<ClaimNote> notes(ClientId client, String claimNumber) {
		return this.rows.notes(this.rows.claimId(claimNumber), !isViewer());
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public ClaimActionsSummary actions(ClientId client, String claimNumber) {
		long claimId = this.rows.claimId(claimNumber);
		// the firm's money move requests (who asked, why) are not the practice's to read
		List<MoneyMoveRequest> moneyMoves = isViewer() ? List.of() : this.approvals.ofClaim(client, claimNumber);
		return new ClaimActionsSummary(
				moneyMoves.stream()
					.filter((request) -> request.move().kind() == MoneyMoveKind.WRITE_OFF)
					.map(WriteOffRequest::of)
					.toList(),
				moneyMoves, this.rows.appeals(claimId), this.rows.documentRequests(claimId),
				this.rows.notes(claimId, !isViewer()));
	}

	private ClaimNote current(long claimId, long noteId) {
		return this.rows.notes(claimId, true).stream().filter((note) -> note.id() == noteId).findFirst().orElseThrow();
	}

	private ClaimDetail claim(ClientId client, String claimNumber) {
		return this.ledger.claim(client, claimNumber)
			.orElseThrow(() -> new ClaimActionNotFoundException("No claim " + claimNumber + " for this client."));
	}

	private boolean isViewer() {
		return this.access.currentUser().map((user) -> user.role() == Role.CLIENT_VIEWER).orElse(true);
	}

	private String actor() {
		return this.access.currentUser().map(CurrentUser::username).orElseThrow();
	}

	private Instant now() {
		return this.clock.instant();
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

	private LocalDate today(ClientId client) {
		return LocalDate.now(this.clock.withZone(profile(client).timeZone()));
	}

}

package io.ardesk.approvals.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.ardesk.approvals.MoneyMove;
import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveKind;
import io.ardesk.approvals.MoneyMovePosting;
import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.claims.ClaimEvents;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.Role;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records money moves, decides which need a second person, and hands approved (or small)
 * moves to the module that posts them. Log lines carry ids only, never patient data.
 */
@Service
class MoneyMoveService implements MoneyMoveApprovals {

	private static final Logger log = LoggerFactory.getLogger(MoneyMoveService.class);

	private static final Set<Role> DECIDERS = Set.of(Role.ACCOUNT_MANAGER, Role.FIRM_ADMIN);

	static final int MAX_REASON = 2000;

	/** The reference column's size. */
	static final int MAX_REFERENCE = 100;

	private final MoneyMoveRows rows;

	private final Map<MoneyMoveKind, MoneyMovePosting> postings = new EnumMap<>(MoneyMoveKind.class);

	private final ClaimEvents events;

	private final ClientAccess access;

	private final ClientDirectory directory;

	private final Clock clock;

	MoneyMoveService(MoneyMoveRows rows, List<MoneyMovePosting> postings, ClaimEvents events, ClientAccess access,
			ClientDirectory directory, Clock clock) {
		this.rows = rows;
		postings.forEach((posting) -> this.postings.put(posting.kind(), posting));
		this.events = events;
		this.access = access;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@ChangesClient
	@Transactional
	public MoneyMoveRequest submit(ClientId client, MoneyMove move) {
		MoneyMove checked = validated(move);
		MoneyMovePosting posting = posting(checked.kind());
		List<String> claims = posting.check(client, checked);
		Long claimId = (checked.claimNumber() != null) ? claimId(checked.claimNumber()) : null;
		this.rows.lock((claimId != null) ? "claim:" + claimId : "patient:" + checked.patientId());
		if (checked.kind() == MoneyMoveKind.REFUND && claimId != null) {
			// one refund of a credit at a time (the claim is locked above): a second one
			// would be approved against a credit the first already paid back
			this.rows.ofClaim(claimId)
				.stream()
				.filter((other) -> other.pending() && other.move().kind() == MoneyMoveKind.REFUND)
				.findFirst()
				.ifPresent((other) -> {
					throw new ConflictException("claimNumber", "A refund of claim " + checked.claimNumber()
							+ " already waits for approval (request " + other.id() + ")");
				});
		}
		ClientProfile profile = profile(client);
		BigDecimal postedDirectly = (checked.kind() == MoneyMoveKind.PATIENT_PAYMENT)
				? this.rows.postedDirectlyForPatientSince(checked.patientId(), checked.kind(), startOfToday(profile))
				: (claimId != null) ? this.rows.postedDirectlyOnClaim(claimId, checked.kind()) : BigDecimal.ZERO;
		String actor = actor();
		Instant now = this.clock.instant();
		if (!FourEyesRule.needsApproval(checked, profile.rules().smallBalanceLimit(), postedDirectly)) {
			long id = this.rows.insert(checked, claimId, actor, now, MoneyMoveRequest.Status.POSTED);
			posting.post(client, checked, "");
			log.debug("Money move {} ({}) on client {} posted within the small-balance limit", id, checked.kind(),
					client.value());
			return request(id);
		}
		long id = this.rows.insert(checked, claimId, actor, now, MoneyMoveRequest.Status.PENDING);
		record(client, claims, checked.kind().name() + "_REQUESTED",
				"Requested: " + checked.describe() + " (request " + id + "), waiting for a manager's approval"
						+ ((checked.reason() != null) ? ": " + checked.reason() : ""));
		log.debug("Money move {} ({}) on client {} waits for approval", id, checked.kind(), client.value());
		return request(id);
	}

	@Override
	@ChangesClient
	@Transactional
	public MoneyMoveRequest decide(ClientId client, long requestId, boolean approve, @Nullable String note) {
		requireDecider();
		MoneyMoveRequest request = request(requestId);
		String actor = actor();
		if (approve && request.requestedBy().equals(actor)) {
			// Four eyes: whoever asks for money to move does not approve it too.
			throw new ClientAccessDeniedException(
					"A " + request.move().kind().label().toLowerCase(java.util.Locale.ROOT)
							+ " must be approved by someone other than its requester");
		}
		String decisionNote = (note == null || note.isBlank()) ? null : note.strip();
		if (decisionNote != null && decisionNote.length() > MAX_REASON) {
			throw new InvalidInputException("note", "The note is longer than " + MAX_REASON + " characters");
		}
		MoneyMoveRequest.Status status = approve ? MoneyMoveRequest.Status.APPROVED : MoneyMoveRequest.Status.REJECTED;
		// The status condition in the update makes a second, concurrent decision fail
		// rather than post twice.
		if (!this.rows.decide(requestId, status, actor, this.clock.instant(), decisionNote)) {
			throw new ConflictException(null, "Request " + requestId + " was already "
					+ request(requestId).status().name().toLowerCase(java.util.Locale.ROOT));
		}
		MoneyMove move = request.move();
		MoneyMovePosting posting = posting(move.kind());
		String kind = move.kind().name();
		String who = " requested by " + request.requestedBy() + " (request " + requestId + ")"
				+ ((decisionNote != null) ? ": " + decisionNote : "");
		if (approve) {
			List<String> claims = posting.check(client, move);
			posting.post(client, move, "approved request " + requestId + " of " + request.requestedBy()
					+ ((decisionNote != null) ? " (" + decisionNote + ")" : ""));
			record(client, claims, kind + "_APPROVED", "Approved: " + move.describe() + who);
		}
		else {
			record(client, claimsIfStillThere(client, posting, move), kind + "_REJECTED",
					"Rejected: " + move.describe() + who);
		}
		log.debug("Money move {} ({}) on client {} {}", requestId, move.kind(), client.value(), status);
		return request(requestId);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<MoneyMoveRequest> pending(ClientId client) {
		requireDecider();
		return this.rows.pending();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<MoneyMoveRequest> pending(ClientId client, MoneyMoveKind kind) {
		requireFirmStaff();
		return this.rows.pending(kind);
	}

	@Override
	public boolean mayDecide() {
		return this.access.currentUser().map((user) -> DECIDERS.contains(user.role())).orElse(false);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Optional<MoneyMoveRequest> find(ClientId client, long requestId) {
		requireFirmStaff();
		return this.rows.find(requestId);
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<MoneyMoveRequest> ofClaim(ClientId client, String claimNumber) {
		requireFirmStaff();
		return this.rows.ofClaim(claimId(claimNumber));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<MoneyMoveRequest> ofPatient(ClientId client, long patientId) {
		requireFirmStaff();
		return this.rows.ofPatient(patientId);
	}

	private static MoneyMove validated(MoneyMove move) {
		BigDecimal amount = move.amount();
		if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
			throw new InvalidInputException("amount", "The amount must be positive, with at most two decimals");
		}
		if (move.kind() == MoneyMoveKind.PATIENT_PAYMENT) {
			return move;
		}
		if (move.claimNumber() == null || move.claimNumber().isBlank()) {
			throw new InvalidInputException("claimNumber", "Name the claim");
		}
		if (move.kind() == MoneyMoveKind.WRITE_OFF && move.from() == null) {
			throw new InvalidInputException("from", "Say which balance to write off (INSURANCE or PATIENT)");
		}
		if (move.kind() == MoneyMoveKind.REFUND) {
			return validatedRefund(move, amount);
		}
		String reason = (move.reason() != null) ? move.reason().strip() : "";
		if (reason.isEmpty()) {
			throw new InvalidInputException("reason", "A reason is required");
		}
		if (reason.length() > MAX_REASON) {
			throw new InvalidInputException("reason", "The reason is longer than " + MAX_REASON + " characters");
		}
		return new MoneyMove(move.kind(), move.claimNumber(), move.patientId(), amount, move.from(), move.paidOn(),
				move.reference(), reason);
	}

	/** A refund says whom it went back to and how; its reason is optional. */
	private static MoneyMove validatedRefund(MoneyMove move, BigDecimal amount) {
		if (move.from() == null) {
			throw new InvalidInputException("owedTo", "Say whom the money went back to (INSURANCE or PATIENT)");
		}
		String reference = (move.reference() != null) ? move.reference().strip() : "";
		if (reference.isEmpty()) {
			throw new InvalidInputException("reference", "Say how the refund was made (check number, EFT trace)");
		}
		if (reference.length() > MAX_REFERENCE) {
			throw new InvalidInputException("reference",
					"The reference is longer than " + MAX_REFERENCE + " characters");
		}
		String reason = (move.reason() != null && !move.reason().isBlank()) ? move.reason().strip() : null;
		if (reason != null && reason.length() > MAX_REASON) {
			throw new InvalidInputException("reason", "The reason is longer than " + MAX_REASON + " characters");
		}
		return new MoneyMove(move.kind(), move.claimNumber(), null, amount, move.from(), null, reference, reason);
	}

	/**
	 * The claims a rejected move was about; a move that cannot be checked any more has
	 * none.
	 */
	private static List<String> claimsIfStillThere(ClientId client, MoneyMovePosting posting, MoneyMove move) {
		try {
			return posting.check(client, move);
		}
		catch (DomainException ex) {
			return (move.claimNumber() != null) ? List.of(move.claimNumber()) : List.of();
		}
	}

	private void record(ClientId client, List<String> claimNumbers, String kind, String description) {
		for (String claimNumber : claimNumbers) {
			this.events.record(client, claimId(claimNumber), kind, description);
		}
	}

	private MoneyMovePosting posting(MoneyMoveKind kind) {
		MoneyMovePosting posting = this.postings.get(kind);
		if (posting == null) {
			throw new IllegalStateException("Nothing posts money moves of kind " + kind);
		}
		return posting;
	}

	private MoneyMoveRequest request(long id) {
		return this.rows.find(id).orElseThrow(() -> new NotFoundException("No money-move request " + id + " here."));
	}

	private long claimId(String claimNumber) {
		return this.rows.claimId(claimNumber)
			.orElseThrow(() -> new NotFoundException("No claim " + claimNumber + " for this client."));
	}

	/**
	 * Who asked for which money move, and why, is the firm's business: a client
	 * practice's viewer reads none of it, whatever page or call asks. (The system's jobs
	 * are the firm's; a caller who may not read the client at all was refused before.)
	 */
	private void requireFirmStaff() {
		if (this.access.currentUser().map((user) -> user.role() == Role.CLIENT_VIEWER).orElse(false)) {
			throw new ClientAccessDeniedException("Money move requests are for the firm's staff");
		}
	}

	private void requireDecider() {
		if (!mayDecide()) {
			throw new ClientAccessDeniedException(
					"Only account managers and firm administrators decide write-offs and other money moves");
		}
	}

	private String actor() {
		return this.access.currentUser().map(CurrentUser::username).orElseThrow();
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

	private Instant startOfToday(ClientProfile profile) {
		return LocalDate.now(this.clock.withZone(profile.timeZone())).atStartOfDay(profile.timeZone()).toInstant();
	}

}

package io.ardesk.worklist.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.ardesk.claims.ClaimEvents;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.Role;
import io.ardesk.shared.problem.Inputs;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.CallSheet;
import io.ardesk.worklist.ClaimActionNotFoundException;
import io.ardesk.worklist.ClaimWorkspace;
import io.ardesk.worklist.Deadline;
import io.ardesk.worklist.FollowUpChannel;
import io.ardesk.worklist.FollowUpEntry;
import io.ardesk.worklist.FollowUpOutcome;
import io.ardesk.worklist.FollowUpRecord;
import io.ardesk.worklist.WorkStatus;
import io.ardesk.worklist.WorkspaceState;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ClaimWorkspaceService implements ClaimWorkspace {

	private final JdbcTemplate jdbc;

	private final ClientAccess access;

	private final ClientDirectory directory;

	private final ClaimEvents events;

	private final Clock clock;

	private final WorkProgress progress;

	private final ClaimLedger ledger;

	private final CallSheets callSheets;

	ClaimWorkspaceService(JdbcTemplate jdbc, ClientAccess access, ClientDirectory directory, ClaimEvents events,
			Clock clock, WorkProgress progress, ClaimLedger ledger, CallSheets callSheets) {
		this.progress = progress;
		this.ledger = ledger;
		this.callSheets = callSheets;
		this.jdbc = jdbc;
		this.access = access;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Optional<WorkspaceState> state(ClientId client, String claimNumber) {
		LocalDate today = today(client);
		boolean viewer = isViewer();
		return this.jdbc.query("select c.id, c.claim_number, w.owner, w.next_action_date, w.deadline, "
				+ "w.deadline_kind, w.priority_score, w.priority_reasons, w.version, w.work_status from claim c "
				+ "left join claim_work w on w.claim_id = c.id where c.claim_number = ?", (rs, n) -> {
					Date deadline = rs.getDate("deadline");
					String reasons = rs.getString("priority_reasons");
					// Owner, score and reasons are the firm's workflow: never shown to
					// the
					// practice.
					return new WorkspaceState(rs.getString("claim_number"), viewer ? null : rs.getString("owner"),
							(rs.getDate("next_action_date") != null) ? rs.getDate("next_action_date").toLocalDate()
									: today,
							(deadline != null) ? new Deadline(Deadline.Kind.valueOf(rs.getString("deadline_kind")),
									deadline.toLocalDate(), ChronoUnit.DAYS.between(today, deadline.toLocalDate()))
									: null,
							(rs.getBigDecimal("priority_score") != null && !viewer) ? rs.getBigDecimal("priority_score")
									: java.math.BigDecimal.ZERO,
							(reasons != null && !viewer) ? Arrays.asList(reasons.split("\n")) : List.of(),
							rs.getLong("version"), followUps(rs.getLong("id"), viewer),
							(rs.getString("work_status") != null) ? WorkStatus.valueOf(rs.getString("work_status"))
									: WorkStatus.NEW);
				}, claimNumber)
			.stream()
			.findFirst();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Optional<CallSheet> callSheet(ClientId client, String claimNumber) {
		Optional<WorkspaceState> state = state(client, claimNumber);
		return state.flatMap((work) -> this.ledger.claim(client, claimNumber)
			.map((claim) -> this.callSheets.of(claim, work, isViewer())));
	}

	@Override
	@ChangesClient
	@Transactional
	public FollowUpRecord logFollowUp(ClientId client, String claimNumber, FollowUpEntry entry, long expectedVersion) {
		ClientProfile profile = profile(client);
		check(entry, this.progress.today(profile));
		Long claimId = this.jdbc.queryForList("select id from claim where claim_number = ?", Long.class, claimNumber)
			.stream()
			.findFirst()
			.orElseThrow(() -> noSuchClaim(claimNumber));
		this.progress.lock();
		LocalDate next = this.progress.withinCadence(profile, this.progress.terms(profile, claimId),
				entry.nextActionDate());
		WorkStatus status = WorkTransitions.after(entry.outcome());
		Timestamp now = Timestamp.from(this.clock.instant());
		int updated = this.jdbc.update(
				"update claim_work set next_action_date = ?, work_status = ?, last_touched_at = ?, "
						+ "version = version + 1 where claim_id = ? and version = ?",
				Date.valueOf(next), status.name(), now, claimId, expectedVersion);
		if (updated == 0) {
			Integer exists = this.jdbc.queryForObject("select count(*) from claim_work where claim_id = ?",
					Integer.class, claimId);
			if (exists != null && exists > 0) {
				throw new OptimisticLockingFailureException(
						"Someone else worked on claim " + claimNumber + " in the meantime. Reload it and try again.");
			}
			this.jdbc
				.update("insert into claim_work (claim_id, next_action_date, work_status, last_touched_at, version) "
						+ "values (?, ?, ?, ?, 1)", claimId, Date.valueOf(next), status.name(), now);
		}
		String actor = this.access.currentUser().map(CurrentUser::username).orElseThrow();
		FollowUpEntry saved = new FollowUpEntry(entry.channel(), entry.repName(), entry.callReference(),
				entry.outcome(), entry.note(), entry.internal(), next);
		Long id = this.jdbc.queryForObject("insert into follow_up (claim_id, logged_at, logged_by, channel, rep_name, "
				+ "call_reference, outcome, note, internal, next_action_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
				+ "returning id", Long.class, claimId, now, actor, entry.channel().name(), blankToNull(entry.repName()),
				blankToNull(entry.callReference()), entry.outcome().name(), blankToNull(entry.note()), entry.internal(),
				Date.valueOf(next));
		// Client viewers read the claim history: an internal follow-up leaves only a
		// trace there.
		this.events.record(client, claimId, "FOLLOW_UP",
				entry.internal() ? "Internal follow-up logged (visible to the firm only)" : describe(saved, status));
		this.progress.rescore(profile, List.of(claimId));
		return new FollowUpRecord(id, now.toInstant(), actor, entry.channel(), blankToNull(entry.repName()),
				blankToNull(entry.callReference()), entry.outcome(), blankToNull(entry.note()), entry.internal(), next);
	}

	@Override
	@ChangesClient
	@Transactional
	public WorkStatus changeStatus(ClientId client, String claimNumber, WorkStatus status, String note,
			long expectedVersion) {
		String why = Inputs.optional(note, "note", "The note", MAX_STATUS_NOTE);
		Long claimId = this.jdbc.queryForList("select id from claim where claim_number = ?", Long.class, claimNumber)
			.stream()
			.findFirst()
			.orElseThrow(() -> noSuchClaim(claimNumber));
		this.progress.lock();
		int updated = this.jdbc.update(
				"update claim_work set work_status = ?, last_touched_at = now(), "
						+ "version = version + 1 where claim_id = ? and version = ?",
				status.name(), claimId, expectedVersion);
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Someone else worked on claim " + claimNumber + " in the meantime. Reload it and try again.");
		}
		this.events.record(client, claimId, "WORK_STATUS",
				"Work status set to " + status.label() + ((why != null) ? ": " + why : ""));
		this.progress.rescore(profile(client), List.of(claimId));
		return status;
	}

	private List<FollowUpRecord> followUps(long claimId, boolean viewer) {
		return this.jdbc.query(
				"select * from follow_up where claim_id = ?" + (viewer ? " and not internal" : "")
						+ " order by logged_at desc, id desc",
				(rs, n) -> new FollowUpRecord(rs.getLong("id"), rs.getTimestamp("logged_at").toInstant(),
						rs.getString("logged_by"), FollowUpChannel.valueOf(rs.getString("channel")),
						rs.getString("rep_name"), rs.getString("call_reference"),
						FollowUpOutcome.valueOf(rs.getString("outcome")), rs.getString("note"),
						rs.getBoolean("internal"), rs.getDate("next_action_date").toLocalDate()),
				claimId);
	}

	/**
	 * Every field a person typed, checked before anything is written, each failure naming
	 * its field so that the form can show it there and keep what was typed.
	 */
	private static void check(FollowUpEntry entry, LocalDate today) {
		Inputs.optional(entry.repName(), "repName", "The rep name", FollowUpEntry.MAX_REP_NAME);
		Inputs.optional(entry.callReference(), "callReference", "The call reference", FollowUpEntry.MAX_CALL_REFERENCE);
		Inputs.optional(entry.note(), "note", "The note", FollowUpEntry.MAX_NOTE);
		Inputs.date(entry.nextActionDate(), "nextActionDate", "The next action date");
		if (entry.nextActionDate().isBefore(today)) {
			throw new InvalidInputException("nextActionDate", "The next action date cannot be in the past.");
		}
		if (entry.channel() == FollowUpChannel.CALL
				&& (entry.callReference() == null || entry.callReference().isBlank())) {
			throw new InvalidInputException("callReference", "A call needs the payer's call reference number.");
		}
	}

	private static ClaimActionNotFoundException noSuchClaim(String claimNumber) {
		return new ClaimActionNotFoundException("No claim " + claimNumber + " for this client.");
	}

	private static String describe(FollowUpEntry entry, WorkStatus status) {
		StringBuilder text = new StringBuilder(entry.channel().label()).append(": ").append(entry.outcome().label());
		if (entry.repName() != null && !entry.repName().isBlank()) {
			text.append(", spoke with ").append(entry.repName());
		}
		if (entry.callReference() != null && !entry.callReference().isBlank()) {
			text.append(", call reference ").append(entry.callReference());
		}
		text.append("; ").append(status.label().toLowerCase(java.util.Locale.ROOT));
		text.append(", next action ").append(io.ardesk.shared.ui.Formats.date(entry.nextActionDate()));
		if (entry.note() != null && !entry.note().isBlank() && !entry.internal()) {
			text.append(". ").append(entry.note());
		}
		return text.toString();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private LocalDate today(ClientId client) {
		return this.progress.today(profile(client));
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

	private boolean isViewer() {
		return this.access.currentUser().map((u) -> u.role() == Role.CLIENT_VIEWER).orElse(true);
	}

}

package io.ardesk.worklist.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.ardesk.claims.ClaimEvents;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.ClaimActionNotFoundException;
import io.ardesk.worklist.Deadline;
import io.ardesk.worklist.QueueSignals;
import io.ardesk.worklist.WorkStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class QueueSignalsService implements QueueSignals {

	private final JdbcTemplate jdbc;

	private final QueueRefresher refresher;

	private final WorkProgress progress;

	private final ClientDirectory directory;

	private final ClientTeam team;

	private final ClaimEvents events;

	private final Clock clock;

	private final ClientAccess access;

	QueueSignalsService(JdbcTemplate jdbc, QueueRefresher refresher, WorkProgress progress, ClientDirectory directory,
			ClientTeam team, ClaimEvents events, Clock clock, ClientAccess access) {
		this.access = access;
		this.jdbc = jdbc;
		this.refresher = refresher;
		this.progress = progress;
		this.directory = directory;
		this.team = team;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@ChangesClient
	@Transactional
	public List<String> enterNoResponse(ClientId client) {
		return this.refresher.refreshAll(profile(client), this.team.specialistsOf(client)).enteredNoResponse();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<DueAction> dueNextActions(ClientId client, LocalDate asOf) {
		LocalDate today = this.progress.today(profile(client));
		return this.jdbc.query("select c.claim_number, w.owner, w.next_action_date, c.insurance_balance, w.work_status "
				+ "from claim_work w join claim c on c.id = w.claim_id where w.in_queue and not w.deadline_missed "
				+ "and w.owner is not null and w.next_action_date <= ? order by w.owner, w.next_action_date, c.claim_number",
				(rs, n) -> {
					LocalDate next = rs.getDate("next_action_date").toLocalDate();
					return new DueAction(rs.getString("claim_number"), rs.getString("owner"), next,
							Math.max(0, ChronoUnit.DAYS.between(next, today)), rs.getBigDecimal("insurance_balance"),
							WorkStatus.valueOf(rs.getString("work_status")));
				}, Date.valueOf(asOf));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<DeadlineAhead> deadlinesWithin(ClientId client, int days) {
		if (days < 0 || days > 3650) {
			throw new InvalidInputException("days", "days must be between 0 and 3650.");
		}
		LocalDate today = this.progress.today(profile(client));
		return this.jdbc.query("select c.claim_number, w.owner, w.deadline, w.deadline_kind, c.insurance_balance "
				+ "from claim_work w join claim c on c.id = w.claim_id where w.in_queue "
				+ "and w.deadline between ? and ? order by w.deadline, c.claim_number", (rs, n) -> {
					LocalDate date = rs.getDate("deadline").toLocalDate();
					return new DeadlineAhead(rs.getString("claim_number"), rs.getString("owner"),
							new Deadline(Deadline.Kind.valueOf(rs.getString("deadline_kind")), date,
									ChronoUnit.DAYS.between(today, date)),
							rs.getBigDecimal("insurance_balance"));
				}, Date.valueOf(today), Date.valueOf(today.plusDays(days)));
	}

	@Override
	@ReadsClient
	@Transactional
	public void markEscalated(ClientId client, String claimNumber, boolean escalated) {
		// The practice's own viewer may flag a claim (escalations): the one write besides
		// answering document requests that a viewer is allowed.
		this.access.requireRaiseEscalation(client);
		ClientProfile profile = profile(client);
		long claimId = this.jdbc.queryForList("select id from claim where claim_number = ?", Long.class, claimNumber)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ClaimActionNotFoundException("No claim " + claimNumber + " for this client."));
		this.progress.lock();
		LocalDate today = this.progress.today(profile);
		// Flagged: due today; cleared: the next action stays where it is.
		this.jdbc.update("insert into claim_work (claim_id, next_action_date, escalated, escalated_at, version) "
				+ "values (?, ?, ?, ?, 1) on conflict (claim_id) do update set escalated = excluded.escalated, "
				+ "escalated_at = excluded.escalated_at, next_action_date = case when excluded.escalated "
				+ "then least(claim_work.next_action_date, excluded.next_action_date) else claim_work.next_action_date end, "
				+ "version = claim_work.version + 1", claimId, Date.valueOf(today), escalated,
				escalated ? Timestamp.from(this.clock.instant()) : null);
		Runnable history = () -> this.events.record(client, claimId,
				escalated ? "CLIENT_FLAGGED" : "CLIENT_FLAG_CLEARED",
				escalated ? "Flagged by the client: first in its owner's queue until resolved"
						: "The client's flag was resolved");
		if (this.access.mayWrite(client)) {
			history.run();
		}
		else {
			// The practice's viewer flags through the escalation: the history line is the
			// portal's (the escalation itself records who raised it).
			SystemActor.run(history);
		}
		this.progress.rescore(profile, List.of(claimId));
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}

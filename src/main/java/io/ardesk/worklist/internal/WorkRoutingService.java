package io.ardesk.worklist.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.claims.ClaimEvents;
import io.ardesk.security.ChangesClient;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.PracticeHolds;
import io.ardesk.worklist.RoutedWork;
import io.ardesk.worklist.WorkRouting;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a rule's owner, work status and next action on the claim's work row (creating it
 * when the claim has none yet) and opens its document request, requested by the rule.
 */
@Service
class WorkRoutingService implements WorkRouting {

	private static final int MAX_ACTOR = 100;

	private final JdbcTemplate jdbc;

	private final WorkProgress progress;

	private final ClaimActionRows rows;

	private final ClaimEvents events;

	private final ClientDirectory directory;

	private final Clock clock;

	WorkRoutingService(JdbcTemplate jdbc, WorkProgress progress, ClaimActionRows rows, ClaimEvents events,
			ClientDirectory directory, Clock clock) {
		this.jdbc = jdbc;
		this.progress = progress;
		this.rows = rows;
		this.events = events;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@ChangesClient
	@Transactional
	public void route(ClientId client, long claimId, RoutedWork work, String ruleName) {
		LocalDate today = LocalDate.now(this.clock
			.withZone(this.directory.find(client).orElseThrow(() -> new UnknownClientException(client)).timeZone()));
		Date next = (work.nextActionDays() != null) ? Date.valueOf(today.plusDays(work.nextActionDays())) : null;
		String status = (work.status() != null) ? work.status().name() : null;
		this.progress.lock();
		// Typed parameters: PostgreSQL cannot infer the type of a null inside coalesce.
		this.jdbc.update("insert into claim_work (claim_id, owner, next_action_date, work_status) "
				+ "values (?, cast(? as varchar), coalesce(cast(? as date), ?), coalesce(cast(? as varchar), 'NEW')) "
				+ "on conflict (claim_id) do update set owner = coalesce(cast(? as varchar), claim_work.owner), "
				+ "next_action_date = coalesce(cast(? as date), claim_work.next_action_date), "
				+ "work_status = coalesce(cast(? as varchar), claim_work.work_status), "
				+ "version = claim_work.version + 1", claimId, work.owner(), next, Date.valueOf(today), status,
				work.owner(), next, status);
		List<String> done = new ArrayList<>();
		if (work.owner() != null) {
			done.add("assigned to " + work.owner());
		}
		if (work.status() != null) {
			done.add("work status " + work.status().label());
		}
		if (next != null) {
			done.add("next action " + Formats.date(next.toLocalDate()));
		}
		if (work.documentRequest() != null) {
			LocalDate due = today.plusDays(PracticeHolds.DUE_DAYS);
			String actor = "rule: " + ruleName;
			long id = this.rows.insertDocumentRequest(claimId,
					(actor.length() <= MAX_ACTOR) ? actor : actor.substring(0, MAX_ACTOR), this.clock.instant(),
					work.documentRequest(), due);
			done.add("asked the practice for " + work.documentRequest() + " by " + Formats.date(due)
					+ " (document request " + id + ")");
		}
		this.events.record(client, claimId, "ROUTED", "Remittance rule '" + ruleName + "': " + String.join("; ", done));
	}

}

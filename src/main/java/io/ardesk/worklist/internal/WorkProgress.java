package io.ardesk.worklist.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.security.ClientTeam;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.PayerRuleOverride;
import io.ardesk.worklist.ClaimActionNotFoundException;
import io.ardesk.worklist.WorkStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves a claim on after a touch ({@link WorkTransitions}): its work status, its next
 * action brought within the cadence, and its queue place rescored in the same
 * transaction, so that the queue shows the change at once.
 */
@Component
class WorkProgress {

	private final JdbcTemplate jdbc;

	private final QueueRefresher refresher;

	private final ClientTeam team;

	private final Clock clock;

	WorkProgress(JdbcTemplate jdbc, QueueRefresher refresher, ClientTeam team, Clock clock) {
		this.jdbc = jdbc;
		this.refresher = refresher;
		this.team = team;
		this.clock = clock;
	}

	/** What the cadence and response rules need to know about a claim. */
	record ClaimTerms(long claimId, @Nullable String payerId, String payerCategory, boolean highValue) {
	}

	/** Takes the queue lock first: see {@link QueueRefresher#lock()}. */
	void lock() {
		this.refresher.lock();
	}

	ClaimTerms terms(ClientProfile client, long claimId) {
		return this.jdbc
			.query("select p.external_id, p.category, coalesce(w.high_value, false) as flagged, c.insurance_balance "
					+ "from claim c join payer p on p.id = c.payer_id left join claim_work w on w.claim_id = c.id "
					+ "where c.id = ?",
					(rs, n) -> new ClaimTerms(claimId, rs.getString("external_id"), rs.getString("category"),
							rs.getBoolean("flagged") || rs.getBigDecimal("insurance_balance")
								.compareTo(client.highValueThreshold()) >= 0),
					claimId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ClaimActionNotFoundException("No such claim for this client."));
	}

	LocalDate today(ClientProfile client) {
		return LocalDate.now(this.clock.withZone(client.timeZone()));
	}

	/** The requested next action, within the shortest cadence that applies. */
	LocalDate withinCadence(ClientProfile client, ClaimTerms terms, LocalDate requested) {
		return Cadence.cap(requested, today(client),
				Cadence.shortest(client.rules().cadences(), terms.highValue(), terms.payerId()));
	}

	/**
	 * When the payer's answer to an appeal or corrected claim sent on {@code from} is
	 * due.
	 */
	LocalDate responseDue(ClientProfile client, ClaimTerms terms, LocalDate from) {
		Integer days = client.payerOverride(terms.payerId()).map(PayerRuleOverride::responseDays).orElse(null);
		return from.plusDays((days != null) ? days : WorkTransitions.defaultResponseDays(terms.payerCategory()));
	}

	/**
	 * Sets the claim's work status (unchanged if null) and next action (within the
	 * cadence), counts it as a touch, and rescores it.
	 * @return the next action date set
	 */
	LocalDate move(ClientProfile client, long claimId, @Nullable WorkStatus status, LocalDate requested) {
		ClaimTerms terms = terms(client, claimId);
		LocalDate next = withinCadence(client, terms, requested);
		this.jdbc.update("insert into claim_work (claim_id, next_action_date, work_status, last_touched_at, version) "
				+ "values (?, ?, ?, ?, 1) on conflict (claim_id) do update set next_action_date = excluded.next_action_date, "
				+ "work_status = coalesce(?, claim_work.work_status), last_touched_at = excluded.last_touched_at, "
				+ "version = claim_work.version + 1", claimId, Date.valueOf(next),
				(status != null) ? status.name() : WorkStatus.NEW.name(), Timestamp.from(this.clock.instant()),
				(status != null) ? status.name() : null);
		rescore(client, List.of(claimId));
		return next;
	}

	void rescore(ClientProfile client, List<Long> claimIds) {
		this.refresher.refreshClaims(client, claimIds, this.team.specialistsOf(client.id()));
	}

}

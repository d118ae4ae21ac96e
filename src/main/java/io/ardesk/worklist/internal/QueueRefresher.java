package io.ardesk.worklist.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.claims.ClaimStatus;
import io.ardesk.denials.RecoveryHistory;
import io.ardesk.denials.RecoveryRate;
import io.ardesk.tenancy.AgingBasis;
import io.ardesk.tenancy.ClaimAssignment;
import io.ardesk.tenancy.ClientProfile;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes the queue place of claims in the bound client's schema: the claims changed
 * since they were last scored, or all of them (ages move every day). New claims get an
 * owner by round robin among the client's specialists and are due today.
 */
@Component
class QueueRefresher {

	private static final String FACTS = "select c.id, c.status, c.insurance_balance, c.service_date_from, "
			+ "c.submitted_on, c.last_adjudicated_on, c.denial_category, p.category, p.external_id, p.timely_filing_days, "
			+ "p.appeal_days, s.avg_days, w.claim_id as work_id, w.next_action_date, coalesce(w.escalated, false) as escalated "
			+ "from claim c join payer p on p.id = c.payer_id " + "left join claim_work w on w.claim_id = c.id "
			+ "left join (select r.payer_id, round(avg(r.payment_date - c2.service_date_from))::int as avg_days "
			+ "  from claim_payment cp join remittance r on r.id = cp.remittance_id join claim c2 on c2.id = cp.claim_id "
			+ "  where cp.paid > 0 and r.payment_date is not null group by r.payer_id) s on s.payer_id = c.payer_id ";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final RecoveryHistory recovery;

	QueueRefresher(JdbcTemplate jdbc, Clock clock, RecoveryHistory recovery) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.recovery = recovery;
	}

	int refresh(ClientProfile client, boolean all, List<String> specialists) {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('queue:' || current_schema()))", Object.class);
		LocalDate today = LocalDate.now(this.clock.withZone(client.timeZone()));
		// Claims that were never open need no queue row; claims with a row are kept
		// current.
		String openClaim = "(c.status not in ('PAID', 'CLOSED', 'VOIDED') and c.insurance_balance > 0)";
		String where = all ? "where " + openClaim + " or w.claim_id is not null"
				: "where (w.claim_id is null and " + openClaim + ") or c.updated_at > w.scored_at";
		List<Row> rows = this.jdbc.query(FACTS + where, (rs, n) -> row(rs, client.agingBasis()));
		QueueWeights weights = QueueWeights.of(client.workQueueWeights());
		Map<String, RecoveryRate> learned = new HashMap<>();
		this.recovery.learnedRates(client.id()).forEach((category, rate) -> learned.put(category.name(), rate));
		int nextOwner = (int) (this.jdbc.queryForObject("select count(*) from claim_work", Long.class)
				% Math.max(1, specialists.size()));
		List<Object[]> batch = new ArrayList<>();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (Row row : rows) {
			ClaimFacts facts = row.facts();
			boolean open = facts.status().isOpen() && facts.insuranceBalance().signum() > 0;
			PriorityScore.Result result = PriorityScore.of(facts, today, client.highValueThreshold(), weights, learned);
			String owner = null;
			if (!row.known() && !specialists.isEmpty()) {
				owner = ownerByPayer(client, row.payerId(), specialists);
				if (owner == null) {
					owner = specialists.get(nextOwner++ % specialists.size());
				}
			}
			LocalDate next = (facts.nextActionDate() != null) ? facts.nextActionDate() : today;
			batch.add(new Object[] { facts.claimId(), owner, Date.valueOf(next), open, result.score(),
					String.join("\n", result.reasons()),
					(result.deadline() != null) ? Date.valueOf(result.deadline().date()) : null,
					(result.deadline() != null) ? result.deadline().kind().name() : null, now });
		}
		this.jdbc.batchUpdate("insert into claim_work (claim_id, owner, next_action_date, in_queue, priority_score, "
				+ "priority_reasons, deadline, deadline_kind, scored_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
				+ "on conflict (claim_id) do update set in_queue = excluded.in_queue, "
				+ "priority_score = excluded.priority_score, priority_reasons = excluded.priority_reasons, "
				+ "deadline = excluded.deadline, deadline_kind = excluded.deadline_kind, scored_at = excluded.scored_at",
				batch, 1000, (ps, values) -> {
					for (int i = 0; i < values.length; i++) {
						ps.setObject(i + 1, values[i]);
					}
				});
		return rows.size();
	}

	private record Row(ClaimFacts facts, boolean known, @Nullable String payerId) {
	}

	/**
	 * The owner the client's by-payer rule names, if it names one who works the client.
	 */
	private static @Nullable String ownerByPayer(ClientProfile client, @Nullable String payerId,
			List<String> specialists) {
		if (client.assignment().rule() != ClaimAssignment.Rule.BY_PAYER || payerId == null) {
			return null;
		}
		String owner = client.assignment().ownersByPayer().get(payerId);
		return (owner != null && specialists.contains(owner)) ? owner : null;
	}

	private static Row row(ResultSet rs, AgingBasis basis) throws SQLException {
		LocalDate service = rs.getDate("service_date_from").toLocalDate();
		LocalDate submitted = date(rs, "submitted_on");
		LocalDate aging = (basis == AgingBasis.SUBMISSION_DATE && submitted != null) ? submitted : service;
		Integer average = (Integer) rs.getObject("avg_days");
		ClaimFacts facts = new ClaimFacts(rs.getLong("id"), ClaimStatus.valueOf(rs.getString("status")),
				rs.getBigDecimal("insurance_balance"), service, aging, date(rs, "last_adjudicated_on"),
				rs.getString("denial_category"), rs.getString("category"), rs.getInt("timely_filing_days"),
				rs.getInt("appeal_days"), average, date(rs, "next_action_date"), rs.getBoolean("escalated"));
		return new Row(facts, rs.getObject("work_id") != null, rs.getString("external_id"));
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date value = rs.getDate(column);
		return (value != null) ? value.toLocalDate() : null;
	}

}

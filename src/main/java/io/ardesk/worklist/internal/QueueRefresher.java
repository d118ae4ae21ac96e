package io.ardesk.worklist.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import io.ardesk.claims.ClaimStatus;
import io.ardesk.denials.RecoveryHistory;
import io.ardesk.denials.RecoveryRate;
import io.ardesk.secondaries.UnaddressedSecondaries;
import io.ardesk.secondaries.UnaddressedSecondary;
import io.ardesk.tenancy.AgingBasis;
import io.ardesk.tenancy.ClaimAssignment;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.PayerRuleOverride;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes the queue place of claims in the bound client's schema: the claims changed
 * since they were last scored, a given set (the claims an action or import just changed,
 * in its own transaction), or all of them (ages move every day). New claims get an owner
 * by round robin among the client's specialists and are due today. A submitted claim the
 * payer has not answered, untouched for the no-response period, becomes due with that
 * reason.
 */
@Component
class QueueRefresher {

	private static final String FACTS = "select c.id, c.claim_number, c.status, c.insurance_balance, c.service_date_from, "
			+ "c.submitted_on, c.last_adjudicated_on, c.denial_category, p.category, p.external_id, p.timely_filing_days, "
			+ "p.appeal_days, c.payer_id, w.claim_id as work_id, w.next_action_date, coalesce(w.escalated, false) as escalated, "
			+ "coalesce(w.high_value, false) as high_value, coalesce(w.no_response, false) as no_response, "
			+ "w.last_touched_at, exists (select 1 from claim_payment cp0 where cp0.claim_id = c.id) as answered "
			+ "from claim c join payer p on p.id = c.payer_id left join claim_work w on w.claim_id = c.id ";

	/** How long each payer takes to pay, over the client's whole history. */
	private static final String PAYER_DAYS = "select r.payer_id, round(avg(r.payment_date - c2.service_date_from))::int "
			+ "from claim_payment cp join remittance r on r.id = cp.remittance_id join claim c2 on c2.id = cp.claim_id "
			+ "where cp.paid > 0 and r.payment_date is not null group by r.payer_id";

	/**
	 * How long the history-wide inputs (payer response times, learned recovery rates) are
	 * reused by the rescoring of a few claims (an action, an import); the nightly and any
	 * full refresh recompute them.
	 */
	static final Duration HISTORY_REUSE = Duration.ofMinutes(15);

	private static final String OPEN = "(c.status not in ('PAID', 'CLOSED', 'VOIDED') and c.insurance_balance > 0)";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final RecoveryHistory recovery;

	private final UnaddressedSecondaries secondaries;

	private final PracticeHoldQuery holds;

	private final ConcurrentMap<String, History> history = new ConcurrentHashMap<>();

	/** The history-wide scoring inputs of one client schema, and when they were read. */
	private record History(Instant readAt, Map<Long, Integer> payerDays, Map<String, RecoveryRate> learned) {
	}

	QueueRefresher(JdbcTemplate jdbc, Clock clock, RecoveryHistory recovery, UnaddressedSecondaries secondaries,
			PracticeHoldQuery holds) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.recovery = recovery;
		this.secondaries = secondaries;
		this.holds = holds;
	}

	/**
	 * What a refresh did.
	 *
	 * @param enteredNoResponse claims that became due for no response in this refresh
	 */
	record Outcome(int scored, List<String> enteredNoResponse) {
	}

	/**
	 * Serializes queue writes of the bound client's schema until the transaction ends.
	 * Actions take it before they change a claim's work row, so that they never wait on a
	 * refresh that waits on them.
	 */
	void lock() {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('queue:' || current_schema()))", Object.class);
	}

	int refresh(ClientProfile client, boolean all, List<String> specialists) {
		// Claims that were never open need no queue row; claims with a row are kept
		// current.
		String where = all ? "where " + OPEN + " or w.claim_id is not null"
				: "where (w.claim_id is null and " + OPEN + ") or c.updated_at > w.scored_at";
		int scored = run(client, where, specialists, all).scored();
		if (all) {
			foldTotals();
		}
		return scored;
	}

	Outcome refreshAll(ClientProfile client, List<String> specialists) {
		Outcome outcome = run(client, "where " + OPEN + " or w.claim_id is not null", specialists, true);
		foldTotals();
		return outcome;
	}

	/**
	 * Folds the net changes the triggers appended to {@code claim_work_totals} into one
	 * row per key (rows appended meanwhile by other transactions stay as they are).
	 */
	void foldTotals() {
		this.jdbc.update("with gone as (delete from claim_work_totals returning *) "
				+ "insert into claim_work_totals (owner, next_action_date, deadline_missed, work_status, claims, balance) "
				+ "select owner, next_action_date, deadline_missed, work_status, sum(claims), sum(balance) from gone "
				+ "group by owner, next_action_date, deadline_missed, work_status "
				+ "having sum(claims) <> 0 or sum(balance) <> 0");
	}

	/** Rescores the given claims now, in the caller's transaction. */
	int refreshClaims(ClientProfile client, Collection<Long> claimIds, List<String> specialists) {
		if (claimIds.isEmpty()) {
			return 0;
		}
		String ids = claimIds.stream().map(String::valueOf).collect(Collectors.joining(","));
		return run(client, "where c.id in (" + ids + ")", specialists, false).scored();
	}

	private Outcome run(ClientProfile client, String where, List<String> specialists, boolean fresh) {
		lock();
		LocalDate today = LocalDate.now(this.clock.withZone(client.timeZone()));
		History inputs = history(client, fresh);
		List<Row> rows = this.jdbc.query(FACTS + where, (rs, n) -> row(rs, client, today, inputs.payerDays()));
		QueueWeights weights = QueueWeights.of(client.workQueueWeights());
		int grace = client.rules().followUp().deadlineGraceDays();
		Map<String, RecoveryRate> learned = inputs.learned();
		int nextOwner = (int) (this.jdbc.queryForObject("select count(*) from claim_work", Long.class)
				% Math.max(1, specialists.size()));
		Map<Long, UnaddressedSecondary> unbilled = rows.isEmpty() ? Map.of() : this.secondaries.byClaim(client.id());
		Map<Long, PracticeHoldQuery.Wait> waits = rows.isEmpty() ? Map.of() : this.holds.waitsByClaim();
		List<Object[]> batch = new ArrayList<>();
		List<String> entered = new ArrayList<>();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (Row row : rows) {
			ClaimFacts facts = row.facts();
			boolean open = facts.status().isOpen() && facts.insuranceBalance().signum() > 0;
			PriorityScore.Result result = PriorityScore.of(facts, today, client.highValueThreshold(), weights, grace,
					learned);
			String owner = null;
			if (!row.known() && !specialists.isEmpty()) {
				owner = ownerByPayer(client, row.payerId(), specialists);
				if (owner == null) {
					owner = specialists.get(nextOwner++ % specialists.size());
				}
			}
			boolean noResponse = open && facts.noResponseDays() != null;
			if (noResponse && !row.wasNoResponse()) {
				entered.add(row.claimNumber());
			}
			LocalDate next = (facts.nextActionDate() != null) ? facts.nextActionDate() : today;
			List<String> reasons = new ArrayList<>(result.reasons());
			UnaddressedSecondary secondary = unbilled.get(facts.claimId());
			if (secondary != null) {
				reasons.addFirst(secondary.reason());
			}
			PracticeHoldQuery.Wait wait = waits.get(facts.claimId());
			if (wait != null) {
				reasons.addFirst(PracticeHoldsService.reason(wait, client.timeZone(), today));
			}
			batch.add(new Object[] { facts.claimId(), owner, Date.valueOf(noResponse ? today : next), open,
					result.score(), truncate(String.join("\n", reasons)),
					(result.deadline() != null) ? Date.valueOf(result.deadline().date()) : null,
					(result.deadline() != null) ? result.deadline().kind().name() : null, now, result.deadlineMissed(),
					noResponse, facts.insuranceBalance() });
		}
		// The next action moves only when a claim newly enters for no response, and then
		// from the row's current date (an action may have just set it).
		this.jdbc.batchUpdate("insert into claim_work (claim_id, owner, next_action_date, in_queue, priority_score, "
				+ "priority_reasons, deadline, deadline_kind, scored_at, deadline_missed, no_response, balance) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (claim_id) do update set "
				+ "in_queue = excluded.in_queue, priority_score = excluded.priority_score, "
				+ "priority_reasons = excluded.priority_reasons, deadline = excluded.deadline, "
				+ "deadline_kind = excluded.deadline_kind, scored_at = excluded.scored_at, "
				+ "deadline_missed = excluded.deadline_missed, no_response = excluded.no_response, "
				+ "balance = excluded.balance, "
				+ "next_action_date = case when excluded.no_response and not claim_work.no_response "
				+ "then least(claim_work.next_action_date, excluded.next_action_date) "
				+ "else claim_work.next_action_date end", batch, 1000, (ps, values) -> {
					for (int i = 0; i < values.length; i++) {
						ps.setObject(i + 1, values[i]);
					}
				});
		return new Outcome(rows.size(), entered);
	}

	/**
	 * The history-wide inputs: read now when asked to be fresh or when older than
	 * {@link #HISTORY_REUSE}, else the last ones read (keyed by schema, so every client
	 * has its own).
	 */
	private History history(ClientProfile client, boolean fresh) {
		String schema = this.jdbc.queryForObject("select current_schema()", String.class);
		Instant now = this.clock.instant();
		History kept = this.history.get(schema);
		if (!fresh && kept != null && kept.readAt().plus(HISTORY_REUSE).isAfter(now)) {
			return kept;
		}
		Map<Long, Integer> payerDays = new HashMap<>();
		this.jdbc.query(PAYER_DAYS, (rs) -> {
			payerDays.put(rs.getLong(1), rs.getInt(2));
		});
		Map<String, RecoveryRate> learned = new HashMap<>();
		this.recovery.learnedRates(client.id()).forEach((category, rate) -> learned.put(category.name(), rate));
		History read = new History(now, Map.copyOf(payerDays), Map.copyOf(learned));
		this.history.put(schema, read);
		return read;
	}

	private static String truncate(String reasons) {
		return (reasons.length() <= 1000) ? reasons : reasons.substring(0, 1000);
	}

	private record Row(ClaimFacts facts, String claimNumber, boolean known, @Nullable String payerId,
			boolean wasNoResponse) {
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

	private static Row row(ResultSet rs, ClientProfile client, LocalDate today, Map<Long, Integer> payerDays)
			throws SQLException {
		LocalDate service = rs.getDate("service_date_from").toLocalDate();
		LocalDate submitted = date(rs, "submitted_on");
		LocalDate aging = (client.agingBasis() == AgingBasis.SUBMISSION_DATE && submitted != null) ? submitted
				: service;
		Integer average = payerDays.get(rs.getLong("payer_id"));
		ClaimStatus status = ClaimStatus.valueOf(rs.getString("status"));
		String payerId = rs.getString("external_id");
		Timestamp touched = rs.getTimestamp("last_touched_at");
		Integer noResponse = noResponseDays(client, payerId, status, rs.getBoolean("answered"),
				(submitted != null) ? submitted : service,
				(touched != null) ? LocalDate.ofInstant(touched.toInstant(), client.timeZone()) : null, today);
		ClaimFacts facts = new ClaimFacts(rs.getLong("id"), status, rs.getBigDecimal("insurance_balance"), service,
				aging, date(rs, "last_adjudicated_on"), rs.getString("denial_category"), rs.getString("category"),
				rs.getInt("timely_filing_days"), rs.getInt("appeal_days"), average, date(rs, "next_action_date"),
				rs.getBoolean("escalated"), rs.getBoolean("high_value"), noResponse);
		return new Row(facts, rs.getString("claim_number"), rs.getObject("work_id") != null, payerId,
				rs.getBoolean("no_response"));
	}

	/**
	 * The no-response period when a submitted claim has had no remittance and no touch
	 * for that long (the payer's override, else the client's), else null.
	 */
	static @Nullable Integer noResponseDays(ClientProfile client, @Nullable String payerId, ClaimStatus status,
			boolean answered, LocalDate submitted, @Nullable LocalDate touched, LocalDate today) {
		if (status != ClaimStatus.SUBMITTED || answered) {
			return null;
		}
		int days = client.payerOverride(payerId)
			.map(PayerRuleOverride::noResponseDays)
			.orElse(client.rules().followUp().noResponseDays());
		LocalDate since = (touched != null && touched.isAfter(submitted)) ? touched : submitted;
		return (ChronoUnit.DAYS.between(since, today) >= days) ? days : null;
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date value = rs.getDate(column);
		return (value != null) ? value.toLocalDate() : null;
	}

}

package io.ardesk.dashboards.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The work-side SLA figures of the bound client, from the work queue's tables. */
@Component
class SlaQuery {

	private static final String LAST_TOUCH = """
			greatest(w.last_touched_at,
			  (select max(f.logged_at) from follow_up f where f.claim_id = c.id),
			  (select max(a.created_at) from appeal a where a.claim_id = c.id),
			  (select max(d.requested_at) from document_request d where d.claim_id = c.id))""";

	private final JdbcClient jdbc;

	SlaQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The share of open claims (insurance balance above zero, not voided) last touched at
	 * or after {@code since}; null when no claim is open.
	 */
	@Nullable BigDecimal touchedSincePercent(Instant since) {
		return this.jdbc
			.sql("select count(*) as open, count(*) filter (where " + LAST_TOUCH
					+ " >= :since) as touched from claim c left join claim_work w on w.claim_id = c.id "
					+ "where c.insurance_balance > 0 and c.status <> 'VOIDED'")
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new long[] { rs.getLong("touched"), rs.getLong("open") })
			.list()
			.stream()
			.findFirst()
			.map((counts) -> Ratios.percent(counts[0], counts[1]))
			.orElse(null);
	}

	/** The share of open queued claims whose next action date is before today. */
	@Nullable BigDecimal overduePercent(LocalDate today) {
		return this.jdbc.sql("""
				select count(*) as open, count(*) filter (where w.next_action_date < :today) as overdue
				from claim_work w join claim c on c.id = w.claim_id
				where w.in_queue and c.insurance_balance > 0 and c.status <> 'VOIDED'""")
			.param("today", Date.valueOf(today))
			.query((rs, n) -> new long[] { rs.getLong("overdue"), rs.getLong("open") })
			.list()
			.stream()
			.findFirst()
			.map((counts) -> Ratios.percent(counts[0], counts[1]))
			.orElse(null);
	}

	/**
	 * Median days from each new denial (a claim's first journal row leaving a denied
	 * amount open, recorded at or after {@code since}) to the first follow-up or action
	 * after it; an untouched denial counts its days until {@code now}.
	 */
	@Nullable BigDecimal denialFirstTouchDays(Instant since, Instant now) {
		List<BigDecimal> medians = this.jdbc.sql("""
				with denials as (
				  select distinct on (j.claim_id) j.claim_id, j.recorded_at
				  from claim_journal j where j.denied_open > 0 order by j.claim_id, j.recorded_at, j.id)
				select percentile_cont(0.5) within group (order by extract(epoch from (coalesce(
				  least((select min(f.logged_at) from follow_up f where f.claim_id = d.claim_id
				           and f.logged_at >= d.recorded_at),
				        (select min(a.created_at) from appeal a where a.claim_id = d.claim_id
				           and a.created_at >= d.recorded_at)), :now) - d.recorded_at)) / 86400) as days
				from denials d where d.recorded_at >= :since""")
			.param("since", Timestamp.from(since))
			.param("now", Timestamp.from(now))
			.query((rs, n) -> rs.getBigDecimal("days"))
			.list();
		BigDecimal days = medians.isEmpty() ? null : medians.getFirst();
		return (days != null) ? days.setScale(1, RoundingMode.HALF_UP) : null;
	}

}

package io.ardesk.productivity.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one client's touches, first touches, recovered cash and overdue next actions for
 * a period. A touch is a follow-up logged, an appeal created or a document request made;
 * the same three count as "worked" for cash recovered on the dashboards.
 */
@Component
class ProductivityQuery {

	/** Every touch on a claim: who, when, and whether it was a follow-up. */
	static final String TOUCHES = """
			with t as (select f.claim_id, f.logged_at as at, f.logged_by as by, true as follow_up from follow_up f
			  union all select a.claim_id, a.created_at, a.created_by, false from appeal a
			  union all select d.claim_id, d.requested_at, d.requested_by, false from document_request d)
			""";

	/** Journal kinds that move money in: as the dashboards count cash collected. */
	static final String PAYMENT_KINDS = "('ADJUDICATION', 'REVERSAL', 'PATIENT_PAYMENT', 'EXCEPTION_RESOLUTION', "
			+ "'REFUND')";

	private final JdbcClient jdbc;

	ProductivityQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Touch(String user, Instant at, boolean followUp, @Nullable LocalDate submittedOn, @Nullable String payerId,
			String payerCategory) {
	}

	record FirstTouch(String user, Instant at, LocalDate entered) {
	}

	record Recovered(String user, BigDecimal amount) {
	}

	record Overdue(String user, long claims) {
	}

	record Activity(List<Touch> touches, List<FirstTouch> firstTouches, List<Recovered> recovered,
			List<Overdue> overdue) {
	}

	@ReadsClient
	@Transactional(readOnly = true)
	public Activity read(ClientId client, ZoneId zone, LocalDate from, LocalDate to, LocalDate today) {
		Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
		List<Touch> touches = this.jdbc.sql(TOUCHES + """
				select t.by, t.at, t.follow_up, c.submitted_on, p.external_id, p.category
				from t join claim c on c.id = t.claim_id join payer p on p.id = c.payer_id
				where t.at >= :start and t.at < :end""")
			.param("start", start)
			.param("end", end)
			.query((rs, n) -> new Touch(rs.getString("by"), rs.getTimestamp("at").toInstant(),
					rs.getBoolean("follow_up"), rs.getObject("submitted_on", LocalDate.class),
					rs.getString("external_id"), rs.getString("category")))
			.list();
		List<FirstTouch> firstTouches = this.jdbc.sql(TOUCHES + """
				, first as (select distinct on (claim_id) claim_id, at, by from t order by claim_id, at)
				select f.by, f.at, coalesce(c.submitted_on, c.service_date_from) as entered
				from first f join claim c on c.id = f.claim_id where f.at >= :start and f.at < :end""")
			.param("start", start)
			.param("end", end)
			.query((rs, n) -> new FirstTouch(rs.getString("by"), rs.getTimestamp("at").toInstant(),
					rs.getObject("entered", LocalDate.class)))
			.list();
		// Each payment goes to whoever touched the claim last before it was posted, so
		// the
		// users' parts add up to the client's cash recovered.
		List<Recovered> recovered = this.jdbc.sql(TOUCHES + """
				select (select t.by from t where t.claim_id = j.claim_id and t.at < j.recorded_at
				        order by t.at desc limit 1) as by, sum(j.payer_paid + j.patient_paid) as amount
				from claim_journal j
				where j.effective_date between :from and :to and (j.payer_paid + j.patient_paid) <> 0
				  and j.kind in """ + PAYMENT_KINDS + " group by 1")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new Recovered(rs.getString("by"), rs.getBigDecimal("amount")))
			.list()
			.stream()
			.filter((row) -> row.user() != null)
			.toList();
		List<Overdue> overdue = this.jdbc.sql("""
				select w.owner, count(*) as claims from claim_work w join claim c on c.id = w.claim_id
				where w.in_queue and c.insurance_balance > 0 and c.status <> 'VOIDED'
				  and w.next_action_date < :today and w.owner is not null
				group by w.owner""")
			.param("today", Date.valueOf(today))
			.query((rs, n) -> new Overdue(rs.getString("owner"), rs.getLong("claims")))
			.list();
		return new Activity(touches, firstTouches, recovered, overdue);
	}

}

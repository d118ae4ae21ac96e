package io.ardesk.demodata.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.ardesk.security.ChangesClient;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the demo's work on the calendar. The demo loads a year in one go, so every row
 * would carry the load's time; these updates date each posting on the day its file
 * arrived and each call or appeal on the day the story says it was made, as if the portal
 * had been in use all year. Only rows written by the demo load itself (at or after its
 * start) are touched.
 */
@Component
class DemoTimeline {

	private final JdbcClient jdbc;

	DemoTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Dates the work logged on a claim since {@code since} (its follow-ups, appeals,
	 * timeline entries and last touch) at {@code at}.
	 */
	@ChangesClient
	@Transactional
	public void redate(ClientId client, String claimNumber, Instant since, Instant at) {
		Long claimId = this.jdbc.sql("select id from claim where claim_number = :number")
			.param("number", claimNumber)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (claimId == null) {
			return;
		}
		Timestamp from = Timestamp.from(since);
		Timestamp to = Timestamp.from(at);
		for (String sql : List.of(
				"update follow_up set logged_at = :at where claim_id = :claim and logged_at >= :since",
				"update appeal set created_at = :at where claim_id = :claim and created_at >= :since",
				"update claim_event set occurred_at = :at where claim_id = :claim and occurred_at >= :since",
				"update claim_work set last_touched_at = :at where claim_id = :claim and last_touched_at >= :since")) {
			this.jdbc.sql(sql).param("at", to).param("claim", claimId).param("since", from).update();
		}
	}

	/**
	 * Dates the journal rows posted since {@code since} at nine in the morning of their
	 * effective date, in the client's time zone.
	 */
	@ChangesClient
	@Transactional
	public int datePostings(ClientId client, Instant since, ZoneId zone) {
		return this.jdbc.sql("""
				update claim_journal set recorded_at = (effective_date + time '09:00') at time zone :zone
				where recorded_at >= :since and effective_date < cast(:today as date)""")
			.param("zone", zone.getId())
			.param("since", Timestamp.from(since))
			.param("today", java.sql.Date.valueOf(java.time.LocalDate.ofInstant(since, zone)))
			.update();
	}

	/** Moves an escalation, with all its deadlines, {@code hours} hours into the past. */
	@ChangesClient
	@Transactional
	public void moveEscalationBack(ClientId client, long escalationId, int hours) {
		this.jdbc.sql("""
				update escalation set raised_at = raised_at - make_interval(hours => :hours),
				  acknowledge_by = acknowledge_by - make_interval(hours => :hours),
				  acknowledge_late_by = acknowledge_late_by - make_interval(hours => :hours),
				  resolve_by = resolve_by - make_interval(hours => :hours),
				  resolve_late_by = resolve_late_by - make_interval(hours => :hours)
				where id = :id""").param("hours", hours).param("id", escalationId).update();
		this.jdbc.sql("""
				update claim_event set occurred_at = occurred_at - make_interval(hours => :hours)
				where claim_id = (select claim_id from escalation where id = :id)
				  and occurred_at >= now() - interval '1 hour'""")
			.param("hours", hours)
			.param("id", escalationId)
			.update();
	}

	/**
	 * What a patient owes on claims with a date of service at least {@code days} days
	 * before {@code today}, and the latest such date.
	 */
	record PatientDue(long patientId, java.math.BigDecimal amount, java.time.LocalDate latestService) {
	}

	/** The patients owing on claims at least {@code days} days old, by patient id. */
	@ReadsClient
	@Transactional(readOnly = true)
	public List<PatientDue> patientsOwing(ClientId client, java.time.LocalDate today, int days) {
		return this.jdbc.sql("""
				select patient_id, sum(patient_balance) as amount, max(service_date_from) as latest from claim
				where patient_balance > 0 and service_date_from <= :before group by patient_id order by patient_id""")
			.param("before", java.sql.Date.valueOf(today.minusDays(days)))
			.query((rs, n) -> new PatientDue(rs.getLong("patient_id"), rs.getBigDecimal("amount"),
					rs.getObject("latest", java.time.LocalDate.class)))
			.list();
	}

	/** The claims still owed by insurance, by claim number. */
	@ReadsClient
	@Transactional(readOnly = true)
	public List<String> openClaims(ClientId client) {
		return this.jdbc
			.sql("select claim_number from claim where insurance_balance > 0 and status <> 'VOIDED' "
					+ "order by claim_number")
			.query(String.class)
			.list();
	}

	/**
	 * The open claim owed longest by insurance among those denied, for the practice's
	 * escalation.
	 */
	@ReadsClient
	@Transactional(readOnly = true)
	public List<String> oldestOpenDenials(ClientId client, int limit) {
		return this.jdbc.sql("""
				select c.claim_number from claim c
				where c.insurance_balance > 0 and c.status <> 'VOIDED'
				  and exists (select 1 from claim_journal j where j.claim_id = c.id and j.denied_open > 0)
				order by c.service_date_from, c.claim_number limit :limit""")
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/** An appeal still open on a claim insurance has paid since, and when it paid. */
	record PaidAppeal(long appealId, String claimNumber, String filedBy, java.time.LocalDate paidOn) {
	}

	/**
	 * The open appeals on claims insurance no longer owes anything on and paid after the
	 * appeal was filed, with the day of the last such payment.
	 */
	@ReadsClient
	@Transactional(readOnly = true)
	public List<PaidAppeal> openAppealsOnPaidClaims(ClientId client) {
		return this.jdbc.sql("""
				select a.id, c.claim_number, a.created_by, max(j.effective_date) as paid_on
				from appeal a join claim c on c.id = a.claim_id
				join claim_journal j on j.claim_id = c.id and j.payer_paid > 0
				  and j.effective_date >= cast(a.created_at as date)
				where a.status = 'OPEN' and c.insurance_balance <= 0
				group by a.id, c.claim_number, a.created_by order by a.id""")
			.query((rs, n) -> new PaidAppeal(rs.getLong("id"), rs.getString("claim_number"), rs.getString("created_by"),
					rs.getObject("paid_on", java.time.LocalDate.class)))
			.list();
	}

}

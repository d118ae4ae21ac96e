package io.ardesk.worklist.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.ardesk.security.ChangesClient;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.PayerRuleOverride;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.Deadline;
import io.ardesk.worklist.NoResponseClaims;
import io.ardesk.worklist.WorkDigestQueries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder jobs' questions, on the bound client's schema; the claims they announce
 * are recorded in {@code claim_alert_sent} in the announcing transaction. Open means the
 * claim is in the queue ({@code claim_work.in_queue}).
 */
@Service
class WorkDigestQuery implements WorkDigestQueries, NoResponseClaims {

	private final JdbcClient jdbc;

	private final ClientDirectory directory;

	WorkDigestQuery(JdbcClient jdbc, ClientDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public DueActions dueActions(ClientId client, String owner, LocalDate today, int limit) {
		long dueToday = this.jdbc
			.sql("select count(*) from claim_work where in_queue and owner = :owner and next_action_date = :today")
			.param("owner", owner)
			.param("today", today)
			.query(Long.class)
			.single();
		long overdue = this.jdbc
			.sql("select count(*) from claim_work where in_queue and owner = :owner and next_action_date < :today")
			.param("owner", owner)
			.param("today", today)
			.query(Long.class)
			.single();
		List<DueAction> first = this.jdbc.sql("""
				select c.claim_number, w.next_action_date, c.insurance_balance
				from claim_work w join claim c on c.id = w.claim_id
				where w.in_queue and w.owner = :owner and w.next_action_date <= :today
				order by w.next_action_date, c.insurance_balance desc, c.id limit :limit""")
			.param("owner", owner)
			.param("today", today)
			.param("limit", limit)
			.query((rs, n) -> new DueAction(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)))
			.list();
		return new DueActions(dueToday, overdue, first);
	}

	@Override
	@ChangesClient
	@Transactional
	public int announceDeadlines(ClientId client, LocalDate today, int days, Instant now, int limit,
			Consumer<List<UpcomingDeadline>> announce) {
		List<UpcomingDeadline> fresh = this.jdbc.sql("""
				with d as (
				  select w.claim_id, c.claim_number, w.owner, w.deadline_kind, w.deadline
				  from claim_work w join claim c on c.id = w.claim_id
				  where w.in_queue and w.deadline between :today and :until
				    and not exists (select 1 from claim_alert_sent a
				      where a.claim_id = w.claim_id and a.alert = w.deadline_kind and a.fact = w.deadline)
				  order by w.claim_id limit :limit),
				i as (
				  insert into claim_alert_sent (claim_id, alert, fact, sent_at)
				  select claim_id, deadline_kind, deadline, :now from d
				  on conflict do nothing returning claim_id)
				select d.claim_id, d.claim_number, d.owner, d.deadline_kind, d.deadline
				from d join i on i.claim_id = d.claim_id order by d.claim_id""")
			.param("today", today)
			.param("until", today.plusDays(days))
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, n) -> new UpcomingDeadline(rs.getLong(1), rs.getString(2), rs.getString(3),
					Deadline.Kind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class)))
			.list();
		if (!fresh.isEmpty()) {
			announce.accept(fresh);
		}
		return fresh.size();
	}

	@Override
	@ChangesClient
	@Transactional
	public int announceSilent(ClientId client, LocalDate today, Instant now, int limit,
			Consumer<List<Silent>> announce) {
		ClientProfile profile = this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		List<PayerRuleOverride> overrides = profile.payerOverrides()
			.stream()
			.filter((o) -> o.noResponseDays() != null)
			.toList();
		// The claim's no-response days: the client's, or its payer's override (the payer
		// is read only when the client has overrides).
		StringBuilder windows = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < overrides.size(); i++) {
			windows.append((i > 0) ? ", " : "").append("(:payer").append(i).append(", :days").append(i).append(")");
			params.put("payer" + i, overrides.get(i).payerId());
			params.put("days" + i, overrides.get(i).noResponseDays());
		}
		String days = overrides.isEmpty() ? "cast(:standard as int)" : "coalesce(o.days, :standard)";
		String payers = overrides.isEmpty() ? "" : " join payer p on p.id = c.payer_id left join (values " + windows
				+ ") o(payer, days) on o.payer = p.external_id";
		List<Silent> fresh = this.jdbc.sql("""
				with s as (
				  select c.id, c.claim_number, w.owner, c.submitted_on, c.submitted_on + %1$s as since
				  from claim c%2$s left join claim_work w on w.claim_id = c.id
				  where c.status in ('SUBMITTED', 'IN_PROCESS')
				    and c.submitted_on + %1$s <= :today
				    and (w.last_touched_at is null or w.last_touched_at::date + %1$s <= :today)
				    and not exists (select 1 from claim_payment cp where cp.claim_id = c.id)
				    and not exists (select 1 from claim_alert_sent a where a.claim_id = c.id and a.alert = 'NO_RESPONSE'
				      and a.fact = c.submitted_on + %1$s)
				  order by c.id limit :limit),
				i as (
				  insert into claim_alert_sent (claim_id, alert, fact, sent_at)
				  select id, 'NO_RESPONSE', since, :now from s
				  on conflict do nothing returning claim_id)
				select s.id, s.claim_number, s.owner, s.submitted_on, s.since
				from s join i on i.claim_id = s.id order by s.id""".formatted(days, payers))
			.params(params)
			.param("standard", profile.rules().followUp().noResponseDays())
			.param("today", today)
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, n) -> new Silent(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
			.list();
		if (!fresh.isEmpty()) {
			announce.accept(fresh);
		}
		return fresh.size();
	}

}

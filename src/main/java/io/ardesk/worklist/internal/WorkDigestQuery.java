package io.ardesk.worklist.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * The reminder jobs' read-only questions, on the bound client's schema. Open means the
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
	@ReadsClient
	@Transactional(readOnly = true)
	public List<UpcomingDeadline> deadlinesWithin(ClientId client, LocalDate today, int days, long afterClaimId,
			int limit) {
		return this.jdbc.sql("""
				select w.claim_id, c.claim_number, w.owner, w.deadline_kind, w.deadline
				from claim_work w join claim c on c.id = w.claim_id
				where w.in_queue and w.deadline between :today and :until and w.claim_id > :after
				order by w.claim_id limit :limit""")
			.param("today", today)
			.param("until", today.plusDays(days))
			.param("after", afterClaimId)
			.param("limit", limit)
			.query((rs, n) -> new UpcomingDeadline(rs.getLong(1), rs.getString(2), rs.getString(3),
					Deadline.Kind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class)))
			.list();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<Silent> silentClaims(ClientId client, LocalDate today, long afterClaimId, int limit) {
		ClientProfile profile = this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		List<PayerRuleOverride> overrides = profile.payerOverrides()
			.stream()
			.filter((o) -> o.noResponseDays() != null)
			.toList();
		StringBuilder values = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < overrides.size(); i++) {
			values.append((i > 0) ? ", " : "").append("(:payer").append(i).append(", :days").append(i).append(")");
			params.put("payer" + i, overrides.get(i).payerId());
			params.put("days" + i, overrides.get(i).noResponseDays());
		}
		String windows = overrides.isEmpty() ? "select null::varchar as payer, null::int as days where false"
				: "select * from (values " + values + ") v(payer, days)";
		return this.jdbc.sql("with o as (" + windows + """
				)
				select c.id, c.claim_number, w.owner, c.submitted_on, coalesce(o.days, :standard) as days
				from claim c join payer p on p.id = c.payer_id left join claim_work w on w.claim_id = c.id
				  left join o on o.payer = p.external_id
				where c.status in ('SUBMITTED', 'IN_PROCESS') and c.id > :after
				  and c.submitted_on + coalesce(o.days, :standard) <= :today
				  and (w.last_touched_at is null or w.last_touched_at::date + coalesce(o.days, :standard) <= :today)
				  and not exists (select 1 from claim_payment cp where cp.claim_id = c.id)
				order by c.id limit :limit""")
			.params(params)
			.param("standard", profile.rules().followUp().noResponseDays())
			.param("today", today)
			.param("after", afterClaimId)
			.param("limit", limit)
			.query((rs, n) -> {
				LocalDate submitted = rs.getObject(4, LocalDate.class);
				return new Silent(rs.getLong(1), rs.getString(2), rs.getString(3), submitted,
						submitted.plusDays(rs.getInt(5)));
			})
			.list();
	}

}

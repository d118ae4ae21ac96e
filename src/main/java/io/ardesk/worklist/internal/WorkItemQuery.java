package io.ardesk.worklist.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.ardesk.claims.ClaimStatus;
import io.ardesk.tenancy.AgingBasis;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.worklist.Deadline;
import io.ardesk.worklist.QueueFilter;
import io.ardesk.worklist.QueueTotals;
import io.ardesk.worklist.QueueView;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a queue page from the precomputed scores (an index scan, best first) and the
 * totals of the whole filter (one aggregate over the same rows).
 */
@Component
class WorkItemQuery {

	private final JdbcTemplate jdbc;

	WorkItemQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The where clause of a filter with its parameters, in order.
	 *
	 * @param claim whether it reads columns of the claim (else the work rows alone answer
	 * it)
	 */
	private record Where(String sql, List<Object> params, String basis, boolean patient, boolean claim) {
	}

	List<WorkItem> page(ClientProfile client, LocalDate today, QueueFilter filter, int offset, int limit) {
		Where where = where(client, today, filter, true);
		List<Object> params = new ArrayList<>(where.params());
		params.add(limit);
		params.add(offset);
		return this.jdbc.query("select c.claim_number, c.status, p.name as payer, c.insurance_balance, " + where.basis()
				+ " as aging_date, w.deadline, w.deadline_kind, w.priority_score, w.priority_reasons, w.owner, "
				+ "w.next_action_date, c.denial_category, w.work_status from claim_work w join claim c on c.id = w.claim_id "
				+ "join payer p on p.id = c.payer_id "
				+ (where.patient() ? "join patient pt on pt.id = c.patient_id " : "") + "where " + where.sql()
				+ " order by w.priority_score desc, c.claim_number limit ? offset ?", (rs, n) -> {
					LocalDate deadlineDate = (rs.getDate("deadline") != null) ? rs.getDate("deadline").toLocalDate()
							: null;
					Deadline deadline = (deadlineDate != null)
							? new Deadline(Deadline.Kind.valueOf(rs.getString("deadline_kind")), deadlineDate,
									ChronoUnit.DAYS.between(today, deadlineDate))
							: null;
					String reasons = rs.getString("priority_reasons");
					return new WorkItem(client.id(), client.name(), rs.getString("claim_number"),
							ClaimStatus.valueOf(rs.getString("status")), rs.getString("payer"),
							rs.getBigDecimal("insurance_balance"),
							ChronoUnit.DAYS.between(rs.getDate("aging_date").toLocalDate(), today), deadline,
							rs.getBigDecimal("priority_score"),
							(reasons != null) ? Arrays.asList(reasons.split("\n")) : List.of(), rs.getString("owner"),
							rs.getDate("next_action_date").toLocalDate(), rs.getString("denial_category"),
							WorkStatus.valueOf(rs.getString("work_status")));
				}, params.toArray());
	}

	/**
	 * Every claim the filter matches (the cursor aside) and their insurance balance. The
	 * usual filters (owner, due date, view, work status, deadline) read the work rows
	 * alone, from an index that carries the balance.
	 */
	QueueTotals totals(ClientProfile client, LocalDate today, QueueFilter filter) {
		if (keptTotalsAnswer(filter)) {
			return keptTotals(today, filter);
		}
		Where where = where(client, today, filter, false);
		String from = where.claim() ? "from claim_work w join claim c on c.id = w.claim_id "
				+ (where.patient() ? "join patient pt on pt.id = c.patient_id " : "") : "from claim_work w ";
		return this.jdbc.queryForObject(
				"select count(*) as n, coalesce(sum(w.balance), 0) as balance " + from + "where " + where.sql(),
				(rs, n) -> new QueueTotals(rs.getLong("n"), rs.getBigDecimal("balance").setScale(2)),
				where.params().toArray());
	}

	/**
	 * Whether the filter reads only the columns the kept totals are grouped by (owner,
	 * next action date, deadline missed, work status).
	 */
	static boolean keptTotalsAnswer(QueueFilter filter) {
		return filter.payerId() == null && filter.status() == null && filter.denialCategory() == null
				&& filter.minAgeDays() == null && filter.maxAgeDays() == null && filter.deadlineWithinDays() == null
				&& (filter.search() == null || filter.search().isBlank());
	}

	/**
	 * The totals from {@code claim_work_totals}: net changes appended by the triggers on
	 * {@code claim_work} in the same transactions as the work rows, so they are read in
	 * the same snapshot and equal counting the work rows.
	 */
	private QueueTotals keptTotals(LocalDate today, QueueFilter filter) {
		StringBuilder sql = new StringBuilder(
				"select coalesce(sum(claims), 0) as n, coalesce(sum(balance), 0) as balance from claim_work_totals "
						+ "where next_action_date <= ? and deadline_missed = ?");
		List<Object> params = new ArrayList<>();
		params.add(Date.valueOf((filter.dueBy() != null) ? filter.dueBy() : today));
		params.add(filter.view() == QueueView.DEADLINE_MISSED);
		if (filter.owner() != null) {
			sql.append(" and owner = ?");
			params.add(filter.owner());
		}
		if (filter.workStatus() != null) {
			sql.append(" and work_status = ?");
			params.add(filter.workStatus().name());
		}
		return this.jdbc.queryForObject(sql.toString(),
				(rs, n) -> new QueueTotals(rs.getLong("n"), rs.getBigDecimal("balance").setScale(2)), params.toArray());
	}

	private static Where where(ClientProfile client, LocalDate today, QueueFilter filter, boolean withCursor) {
		List<Object> params = new ArrayList<>();
		String basis = (client.agingBasis() == AgingBasis.SUBMISSION_DATE)
				? "coalesce(c.submitted_on, c.service_date_from)" : "c.service_date_from";
		StringBuilder where = new StringBuilder("w.in_queue and w.next_action_date <= ?");
		params.add(Date.valueOf((filter.dueBy() != null) ? filter.dueBy() : today));
		where.append(
				(filter.view() == QueueView.DEADLINE_MISSED) ? " and w.deadline_missed" : " and not w.deadline_missed");
		String owner = filter.owner();
		if (owner != null) {
			where.append(owner.isEmpty() ? " and w.owner is null" : " and w.owner = ?");
			if (!owner.isEmpty()) {
				params.add(owner);
			}
		}
		if (filter.payerId() != null) {
			where.append(" and c.payer_id = ?");
			params.add(filter.payerId());
		}
		if (filter.status() != null) {
			where.append(" and c.status = ?");
			params.add(filter.status().name());
		}
		if (filter.workStatus() != null) {
			where.append(" and w.work_status = ?");
			params.add(filter.workStatus().name());
		}
		if (filter.denialCategory() != null) {
			where.append(" and c.denial_category = ?");
			params.add(filter.denialCategory());
		}
		if (filter.minAgeDays() != null) {
			where.append(" and ").append(basis).append(" <= ?");
			params.add(Date.valueOf(today.minusDays(filter.minAgeDays())));
		}
		if (filter.maxAgeDays() != null) {
			where.append(" and ").append(basis).append(" >= ?");
			params.add(Date.valueOf(today.minusDays(filter.maxAgeDays())));
		}
		if (filter.deadlineWithinDays() != null) {
			// Ahead only: a passed deadline is never "within N days".
			where.append(" and w.deadline between ? and ?");
			params.add(Date.valueOf(today));
			params.add(Date.valueOf(today.plusDays(filter.deadlineWithinDays())));
		}
		boolean patient = false;
		if (filter.search() != null && !filter.search().isBlank()) {
			String like = "%" + filter.search().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%";
			where.append(" and (c.claim_number ilike ? or c.payer_claim_number ilike ? or pt.member_id ilike ? "
					+ "or (pt.last_name || ', ' || coalesce(pt.first_name, '')) ilike ? "
					+ "or (coalesce(pt.first_name, '') || ' ' || pt.last_name) ilike ?)");
			for (int i = 0; i < 5; i++) {
				params.add(like);
			}
			patient = true;
		}
		if (withCursor && filter.afterScore() != null && filter.afterClaimNumber() != null) {
			where.append(" and (w.priority_score < ? or (w.priority_score = ? and c.claim_number > ?))");
			params.add(filter.afterScore());
			params.add(filter.afterScore());
			params.add(filter.afterClaimNumber());
		}
		boolean claim = patient || filter.payerId() != null || filter.status() != null
				|| filter.denialCategory() != null || filter.minAgeDays() != null || filter.maxAgeDays() != null
				|| (withCursor && filter.afterScore() != null);
		return new Where(where.toString(), params, basis, patient, claim);
	}

}

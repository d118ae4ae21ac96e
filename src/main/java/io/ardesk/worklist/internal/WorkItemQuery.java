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
import io.ardesk.worklist.WorkItem;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a queue page from the precomputed scores: an index scan, best first. */
@Component
class WorkItemQuery {

	private final JdbcTemplate jdbc;

	WorkItemQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<WorkItem> page(ClientProfile client, LocalDate today, QueueFilter filter, int limit) {
		List<Object> params = new ArrayList<>();
		String basis = (client.agingBasis() == AgingBasis.SUBMISSION_DATE)
				? "coalesce(c.submitted_on, c.service_date_from)" : "c.service_date_from";
		StringBuilder where = new StringBuilder("w.in_queue and w.next_action_date <= ?");
		params.add(Date.valueOf((filter.dueBy() != null) ? filter.dueBy() : today));
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
		if (filter.afterScore() != null && filter.afterClaimNumber() != null) {
			where.append(" and (w.priority_score < ? or (w.priority_score = ? and c.claim_number > ?))");
			params.add(filter.afterScore());
			params.add(filter.afterScore());
			params.add(filter.afterClaimNumber());
		}
		params.add(limit);
		return this.jdbc.query("select c.claim_number, c.status, p.name as payer, c.insurance_balance, " + basis
				+ " as aging_date, w.deadline, w.deadline_kind, w.priority_score, w.priority_reasons, w.owner, "
				+ "w.next_action_date, c.denial_category from claim_work w join claim c on c.id = w.claim_id "
				+ "join payer p on p.id = c.payer_id where " + where
				+ " order by w.priority_score desc, c.claim_number limit ?", (rs, n) -> {
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
							rs.getDate("next_action_date").toLocalDate(), rs.getString("denial_category"));
				}, params.toArray());
	}

}

package io.ardesk.claims.internal;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.claims.ClaimFilter;
import io.ardesk.claims.ClaimRow;
import io.ardesk.claims.ClaimStatus;
import io.ardesk.claims.ResponsibleParty;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The claims list: filtered, in claim-number order, paged by keyset. */
@Component
class ClaimListQuery {

	private final JdbcClient jdbc;

	ClaimListQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ClaimRow> page(ClaimFilter filter, @Nullable String after, int limit) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		if (after != null) {
			where += " and c.claim_number > ?";
			params.add(after);
		}
		params.add(limit);
		return this.jdbc
			.sql("select c.id, c.claim_number, c.status, p.name as payer_name, "
					+ "pt.last_name || coalesce(', ' || pt.first_name, '') as patient_name, c.service_date_from, "
					+ "c.submitted_on, c.billed, c.payer_paid + c.patient_paid as paid, c.insurance_balance, "
					+ "c.patient_balance, c.denial_category, " + ClaimDeadlineSql.DATE + " as deadline, "
					+ ClaimDeadlineSql.KIND + " as deadline_kind from claim c join payer p on p.id = c.payer_id "
					+ "join patient pt on pt.id = c.patient_id where " + where + " order by c.claim_number limit ?")
			.params(params)
			.query((rs, row) -> new ClaimRow(rs.getLong("id"), rs.getString("claim_number"),
					ClaimStatus.valueOf(rs.getString("status")), rs.getString("payer_name"),
					rs.getString("patient_name"), rs.getDate("service_date_from").toLocalDate(),
					(rs.getDate("submitted_on") != null) ? rs.getDate("submitted_on").toLocalDate() : null,
					rs.getBigDecimal("billed"), rs.getBigDecimal("paid"), rs.getBigDecimal("insurance_balance"),
					rs.getBigDecimal("patient_balance"), rs.getString("denial_category"),
					(rs.getDate("deadline") != null) ? rs.getDate("deadline").toLocalDate() : null,
					rs.getString("deadline_kind")))
			.list();
	}

	long count(ClaimFilter filter, long cap) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		params.add(cap);
		return this.jdbc.sql("select count(*) from (select 1 from claim c where " + where + " limit ?) capped")
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(ClaimFilter filter, List<Object> params) {
		StringBuilder where = new StringBuilder("true");
		if (filter.status() != null) {
			where.append(" and c.status = ?");
			params.add(filter.status().name());
		}
		if (filter.payerId() != null) {
			where.append(" and c.payer_id = ?");
			params.add(filter.payerId());
		}
		if (filter.owedBy() == ResponsibleParty.INSURANCE) {
			where.append(" and c.insurance_balance > 0");
		}
		else if (filter.owedBy() == ResponsibleParty.PATIENT) {
			where.append(" and c.patient_balance > 0");
		}
		if (filter.openOnly()) {
			where.append(" and c.status not in ('PAID', 'CLOSED', 'VOIDED')");
		}
		if (filter.search() != null && !filter.search().isBlank()) {
			where.append(" and c.claim_number like ?");
			params.add(filter.search().trim().replace("%", "").replace("_", "\\_") + "%");
		}
		return where.toString();
	}

}

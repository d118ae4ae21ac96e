package io.ardesk.aging.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.aging.AgingBucket;
import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.ClaimInBucket;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.tenancy.AgingBasis;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claims behind one aging figure, with the same filters as {@link AgingQuery}, so
 * that the list adds up to the figure clicked.
 */
@Component
class DrillDownQuery {

	private final JdbcClient jdbc;

	DrillDownQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ClaimInBucket> claims(LocalDate asOf, AgingBasis basis, AgingGrouping grouping, @Nullable String groupKey,
			AgingBucket bucket, ResponsibleParty owedBy, int limit) {
		String balance = (owedBy == ResponsibleParty.INSURANCE) ? "c.insurance_balance" : "c.patient_balance";
		String age = "(cast(? as date) - " + AgingSql.basisDate(basis) + ")";
		Date date = Date.valueOf(asOf);
		// In order of appearance: the age selected, the basis cut-off, the age filtered.
		List<Object> params = new ArrayList<>(List.of(date, date, date, bucket.fromDays(), bucket.toDays()));
		StringBuilder sql = new StringBuilder(
				"select c.claim_number, p.name as payer_name, " + age + " as age, " + balance + " as balance from "
						+ AgingSql.agedClaims(basis) + " and " + balance + " > 0 and " + age + " between ? and ?");
		if (groupKey != null) {
			sql.append(" and ").append(AgingSql.groupKey(grouping)).append(" = ?");
			params.add(groupKey);
		}
		sql.append(" order by age desc, balance desc, c.claim_number limit ?");
		params.add(limit);
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new ClaimInBucket(rs.getString("claim_number"), rs.getString("payer_name"),
					rs.getLong("age"), rs.getBigDecimal("balance").setScale(2)))
			.list();
	}

}

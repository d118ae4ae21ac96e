package io.ardesk.aging.internal;

import java.sql.Date;
import java.time.LocalDate;
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
			AgingBucket bucket, ResponsibleParty owedBy, int limit, boolean current) {
		String balance = (owedBy == ResponsibleParty.INSURANCE) ? "b.insurance_balance" : "b.patient_balance";
		String age = "(cast(:asOf as date) - " + AgingSql.basisDate(basis) + ")";
		StringBuilder sql = new StringBuilder("select c.claim_number, p.name as payer_name, " + age + " as age, "
				+ balance + " as balance from " + AgingSql.agedClaims(basis, current) + " and " + balance + " > 0 and "
				+ age + " between :from and :to");
		if (groupKey != null) {
			sql.append(" and ").append(AgingSql.groupKey(grouping)).append(" = :groupKey");
		}
		sql.append(" order by age desc, balance desc, c.claim_number limit :limit");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString())
			.param("asOf", Date.valueOf(asOf))
			.param("from", bucket.fromDays())
			.param("to", bucket.toDays())
			.param("limit", limit);
		if (groupKey != null) {
			statement = statement.param("groupKey", groupKey);
		}
		return statement
			.query((rs, n) -> new ClaimInBucket(rs.getString("claim_number"), rs.getString("payer_name"),
					rs.getLong("age"), rs.getBigDecimal("balance").setScale(2)))
			.list();
	}

}

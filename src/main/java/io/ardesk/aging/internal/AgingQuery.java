package io.ardesk.aging.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.ardesk.aging.AgingBucket;
import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.AgingLine;
import io.ardesk.aging.AgingRow;
import io.ardesk.aging.BucketFigure;
import io.ardesk.tenancy.AgingBasis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The aging rows of the bound client in one aggregate query: each claim's age is computed
 * once, then summed into bucket columns for insurance and for patient balances.
 */
@Component
class AgingQuery {

	private static final String[] PARTIES = { "ins", "pat" };

	private final JdbcClient jdbc;

	AgingQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AgingRow> rows(LocalDate asOf, AgingBasis basis, AgingGrouping grouping) {
		String sql = "select group_key, max(group_name) as group_name" + bucketColumns() + " from (select "
				+ AgingSql.groupKey(grouping) + " as group_key, " + AgingSql.groupName(grouping)
				+ " as group_name, cast(? as date) - " + AgingSql.basisDate(basis) + " as age, "
				+ "c.insurance_balance as ins, c.patient_balance as pat from " + AgingSql.agedClaims(basis)
				+ " and (c.insurance_balance > 0 or c.patient_balance > 0)) aged group by group_key";
		Date date = Date.valueOf(asOf);
		List<AgingRow> rows = new ArrayList<>(
				this.jdbc.sql(sql).params(date, date).query((rs, n) -> row(rs, grouping)).list());
		// Payers are worked by what insurance owes them; patient balances break ties.
		rows.sort(Comparator.comparing((AgingRow row) -> row.insurance().total().amount())
			.thenComparing((AgingRow row) -> row.patient().total().amount())
			.reversed()
			.thenComparing(AgingRow::group));
		return rows;
	}

	/** For each party and bucket: the amount owed and the number of claims owing it. */
	private static String bucketColumns() {
		StringBuilder columns = new StringBuilder();
		for (String party : PARTIES) {
			for (AgingBucket bucket : AgingBucket.values()) {
				String when = "case when " + party + " > 0 and age between " + bucket.fromDays() + " and "
						+ bucket.toDays();
				columns.append(", sum(")
					.append(when)
					.append(" then ")
					.append(party)
					.append(" else 0 end) as ")
					.append(column(party, bucket, "amount"))
					.append(", sum(")
					.append(when)
					.append(" then 1 else 0 end) as ")
					.append(column(party, bucket, "claims"));
			}
		}
		return columns.toString();
	}

	private static AgingRow row(ResultSet rs, AgingGrouping grouping) throws SQLException {
		String name = rs.getString("group_name");
		return new AgingRow(rs.getString("group_key"), AgingSql.displayName(grouping, (name != null) ? name : ""),
				line(rs, "ins"), line(rs, "pat"));
	}

	private static AgingLine line(ResultSet rs, String party) throws SQLException {
		Map<AgingBucket, BucketFigure> figures = new EnumMap<>(AgingBucket.class);
		for (AgingBucket bucket : AgingBucket.values()) {
			BigDecimal amount = rs.getBigDecimal(column(party, bucket, "amount"));
			figures.put(bucket, new BucketFigure((amount != null) ? amount : BigDecimal.ZERO,
					rs.getLong(column(party, bucket, "claims"))));
		}
		return AgingLine.of(figures);
	}

	private static String column(String party, AgingBucket bucket, String what) {
		return party + "_" + bucket.name().toLowerCase(java.util.Locale.ROOT) + "_" + what;
	}

}

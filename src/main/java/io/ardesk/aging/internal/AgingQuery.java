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
import java.util.Locale;
import java.util.Map;

import io.ardesk.aging.AgingBucket;
import io.ardesk.aging.AgingCredits;
import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.AgingLine;
import io.ardesk.aging.AgingRow;
import io.ardesk.aging.BucketFigure;
import io.ardesk.tenancy.AgingBasis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The aging rows of the bound client in one aggregate query: each claim's age is computed
 * once, then summed into bucket columns for insurance and for patient balances, and
 * credit balances (below zero) into columns of their own.
 */
@Component
class AgingQuery {

	private static final String[] PARTIES = { "ins", "pat" };

	private final JdbcClient jdbc;

	AgingQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param current whether the as-of date is today, so that the claims' current
	 * balances are the balances as of the date
	 */
	List<AgingRow> rows(LocalDate asOf, AgingBasis basis, AgingGrouping grouping, boolean current) {
		String sql = "select group_key, max(group_name) as group_name" + bucketColumns() + creditColumns()
				+ " from (select " + AgingSql.groupKey(grouping) + " as group_key, " + AgingSql.groupName(grouping)
				+ " as group_name, cast(:asOf as date) - " + AgingSql.basisDate(basis) + " as age, "
				+ "b.insurance_balance as ins, b.patient_balance as pat from " + AgingSql.agedClaims(basis, current)
				+ " and (b.insurance_balance <> 0 or b.patient_balance <> 0)) aged group by group_key";
		List<AgingRow> rows = new ArrayList<>(
				this.jdbc.sql(sql).param("asOf", Date.valueOf(asOf)).query((rs, n) -> row(rs, grouping)).list());
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
					.append(column(party, bucket.name(), "amount"))
					.append(", sum(")
					.append(when)
					.append(" then 1 else 0 end) as ")
					.append(column(party, bucket.name(), "claims"));
			}
		}
		return columns.toString();
	}

	/**
	 * For each party: what is owed back (positive) and by how many claims, at any age.
	 */
	private static String creditColumns() {
		StringBuilder columns = new StringBuilder();
		for (String party : PARTIES) {
			columns.append(", sum(case when ")
				.append(party)
				.append(" < 0 then -")
				.append(party)
				.append(" else 0 end) as ")
				.append(column(party, "credit", "amount"))
				.append(", sum(case when ")
				.append(party)
				.append(" < 0 then 1 else 0 end) as ")
				.append(column(party, "credit", "claims"));
		}
		return columns.toString();
	}

	private static AgingRow row(ResultSet rs, AgingGrouping grouping) throws SQLException {
		String name = rs.getString("group_name");
		return new AgingRow(rs.getString("group_key"), AgingSql.displayName(grouping, (name != null) ? name : ""),
				line(rs, "ins"), line(rs, "pat"),
				new AgingCredits(figure(rs, "ins", "credit"), figure(rs, "pat", "credit")));
	}

	private static AgingLine line(ResultSet rs, String party) throws SQLException {
		Map<AgingBucket, BucketFigure> figures = new EnumMap<>(AgingBucket.class);
		for (AgingBucket bucket : AgingBucket.values()) {
			figures.put(bucket, figure(rs, party, bucket.name()));
		}
		return AgingLine.of(figures);
	}

	private static BucketFigure figure(ResultSet rs, String party, String what) throws SQLException {
		BigDecimal amount = rs.getBigDecimal(column(party, what, "amount"));
		return new BucketFigure((amount != null) ? amount : BigDecimal.ZERO, rs.getLong(column(party, what, "claims")));
	}

	private static String column(String party, String what, String measure) {
		return party + "_" + what.toLowerCase(Locale.ROOT) + "_" + measure;
	}

}

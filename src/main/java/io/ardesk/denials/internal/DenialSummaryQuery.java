package io.ardesk.denials.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Denied claims and dollars of the bound client, grouped in one aggregate query. */
@Component
class DenialSummaryQuery {

	private final JdbcClient jdbc;

	private final ReasonCodeCatalog catalog;

	DenialSummaryQuery(JdbcClient jdbc, ReasonCodeCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	List<DenialFigure> summary(LocalDate from, LocalDate to, Set<DenialDimension> groupBy) {
		List<DenialDimension> dimensions = groupBy.stream().sorted().toList();
		List<String> columns = new ArrayList<>();
		for (int i = 0; i < dimensions.size(); i++) {
			columns.add(DenialSql.expression(dimensions.get(i)) + " as k" + i);
		}
		String sql = "with d as (" + DenialSql.DENIALS + ") select " + String.join(", ", columns)
				+ ", count(distinct d.claim_id) as claims, sum(d.amount) as amount from d "
				+ (dimensions.contains(DenialDimension.RARC) ? DenialSql.REMARKS : "") + " group by "
				+ String.join(", ", dimensions.stream().map(DenialSql::expression).toList())
				+ " order by amount desc, claims desc";
		return DenialSql.bind(this.jdbc.sql(sql), this.catalog)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> {
				Map<DenialDimension, String> keys = new EnumMap<>(DenialDimension.class);
				for (int i = 0; i < dimensions.size(); i++) {
					keys.put(dimensions.get(i), rs.getString("k" + i));
				}
				return new DenialFigure(Map.copyOf(keys), rs.getLong("claims"), rs.getBigDecimal("amount").setScale(2));
			})
			.list();
	}

	long adjudicatedClaims(LocalDate from, LocalDate to) {
		return this.jdbc.sql(
				"select count(distinct cp.claim_id) from claim_payment cp join remittance r on r.id = cp.remittance_id "
						+ "where cp.claim_id is not null and cp.status_code <> '22' and cp.reversed_by_id is null "
						+ "and r.payment_date between :from and :to")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(Long.class)
			.single();
	}

}

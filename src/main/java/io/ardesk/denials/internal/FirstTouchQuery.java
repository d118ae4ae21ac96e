package io.ardesk.denials.internal;

import java.sql.Date;
import java.time.LocalDate;

import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.denials.FirstTouch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * First touch of new denials: from the import that posted a claim's first denial in the
 * period to the first history entry a person (not an import, not the system) wrote on the
 * claim afterwards.
 */
@Component
class FirstTouchQuery {

	private final JdbcClient jdbc;

	private final ReasonCodeCatalog catalog;

	FirstTouchQuery(JdbcClient jdbc, ReasonCodeCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	FirstTouch firstTouch(LocalDate from, LocalDate to) {
		String sql = "with d as (" + DenialSql.DENIALS + "), "
				+ "n as (select d.claim_id, min(b.imported_at) as denied_at from d "
				+ "join import_batch b on b.id = d.import_batch_id group by d.claim_id), "
				+ "t as (select n.claim_id, (select min(e.occurred_at) from claim_event e where e.claim_id = n.claim_id "
				+ "and e.import_batch_id is null and e.actor <> 'system' and e.occurred_at >= n.denied_at) - n.denied_at "
				+ "as wait from n) " + "select count(*) as denials, count(wait) as touched, "
				+ "percentile_cont(0.5) within group (order by extract(epoch from wait) / 3600) as median, "
				+ "avg(extract(epoch from wait) / 3600) as average from t";
		return DenialSql.bind(this.jdbc.sql(sql), this.catalog)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new FirstTouch(rs.getLong("denials"), rs.getLong("touched"),
					hours(rs.getObject("median")), hours(rs.getObject("average"))))
			.single();
	}

	private static @org.jspecify.annotations.Nullable Double hours(@org.jspecify.annotations.Nullable Object value) {
		return (value instanceof Number number) ? Math.round(number.doubleValue() * 10) / 10.0 : null;
	}

}

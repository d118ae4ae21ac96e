package io.ardesk.denials.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFilter;
import io.ardesk.denials.DeniedClaim;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claims behind a denial figure, with the same source as the summary so that the list
 * adds up to the figure clicked.
 */
@Component
class DeniedClaimsQuery {

	private final JdbcClient jdbc;

	private final ReasonCodeCatalog catalog;

	DeniedClaimsQuery(JdbcClient jdbc, ReasonCodeCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	List<DeniedClaim> claims(LocalDate from, LocalDate to, DenialFilter filter, int limit) {
		StringBuilder where = new StringBuilder(" where true");
		int i = 0;
		for (DenialDimension dimension : filter.equal().keySet()) {
			where.append(" and ").append(DenialSql.expression(dimension)).append(" = :f").append(i++);
		}
		String sql = "with d as (" + DenialSql.DENIALS + "), f as (select d.* from d "
				+ (filter.equal().containsKey(DenialDimension.RARC) ? DenialSql.REMARKS : "") + where + ") "
				+ "select f.claim_id, min(f.claim_number) as claim_number, min(f.payer_name) as payer, "
				+ "max(f.denied_on) as denied_on, (array_agg(f.reason order by f.amount desc))[1] as reason, "
				+ "(array_agg(f.category order by f.amount desc))[1] as category, sum(f.amount) as denied, "
				+ "min(c.insurance_balance) as balance, min(c.status) as status "
				+ "from f join claim c on c.id = f.claim_id group by f.claim_id "
				+ "order by denied desc, claim_number limit :limit";
		JdbcClient.StatementSpec statement = DenialSql.bind(this.jdbc.sql(sql), this.catalog)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("limit", limit);
		i = 0;
		for (Map.Entry<DenialDimension, String> entry : filter.equal().entrySet()) {
			statement = statement.param("f" + i++, entry.getValue());
		}
		return statement
			.query((rs, n) -> new DeniedClaim(rs.getLong("claim_id"), rs.getString("claim_number"),
					rs.getString("payer"), rs.getObject("denied_on", LocalDate.class), rs.getString("reason"),
					DenialSql.category(rs.getString("category")).name(), rs.getBigDecimal("denied").setScale(2),
					rs.getBigDecimal("balance").setScale(2), rs.getString("status")))
			.list();
	}

}

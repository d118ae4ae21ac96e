package io.ardesk.denials.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.denials.RecoveryHistory;
import io.ardesk.denials.RecoveryRate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Denied and later-paid dollars per category of the bound client. Each claim payment's
 * denials of one category count once; what the payers paid on the claim in later claim
 * payments (not reversed, not reversals) recovers them, up to the denied amount.
 */
@Component
class RecoveryQuery {

	private final JdbcClient jdbc;

	private final ReasonCodeCatalog catalog;

	RecoveryQuery(JdbcClient jdbc, ReasonCodeCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	List<RecoveryRate> rates(LocalDate today) {
		String sql = "with d as (" + DenialSql.DENIALS + "), "
				+ "pd as (select d.claim_payment_id, d.claim_id, d.category, min(d.denied_on) as denied_on, "
				+ "sum(d.amount) as denied from d group by d.claim_payment_id, d.claim_id, d.category), "
				+ "later as (select pd.claim_payment_id, pd.category, pd.denied, least(pd.denied, coalesce(("
				+ "select sum(cp2.paid) from claim_payment cp2 join remittance r2 on r2.id = cp2.remittance_id "
				+ "where cp2.claim_id = pd.claim_id and cp2.id > pd.claim_payment_id and cp2.status_code <> '22' "
				+ "and cp2.reversed_by_id is null and cp2.paid > 0), 0)) as recovered from pd) "
				+ "select category, count(*) as denials, sum(denied) as denied, sum(recovered) as recovered "
				+ "from later group by category order by category";
		return DenialSql.bind(this.jdbc.sql(sql), this.catalog)
			.param("from", Date.valueOf(today.minusDays(RecoveryHistory.MAXIMUM_AGE_DAYS)))
			.param("to", Date.valueOf(today.minusDays(RecoveryHistory.MINIMUM_AGE_DAYS)))
			.query((rs, n) -> {
				BigDecimal denied = rs.getBigDecimal("denied").setScale(2);
				BigDecimal recovered = rs.getBigDecimal("recovered").setScale(2);
				int denials = rs.getInt("denials");
				BigDecimal rate = (denied.signum() > 0) ? recovered.divide(denied, 4, RoundingMode.HALF_UP)
						: BigDecimal.ZERO.setScale(4);
				return new RecoveryRate(DenialSql.category(rs.getString("category")), rate, denials, denied, recovered,
						denials >= RecoveryHistory.MINIMUM_DENIALS);
			})
			.list();
	}

}

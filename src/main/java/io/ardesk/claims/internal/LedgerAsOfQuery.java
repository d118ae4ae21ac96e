package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.CreditBalance;
import io.ardesk.claims.LedgerBalances;
import io.ardesk.claims.ResponsibleParty;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Balances as of a date from the journal, and the credit balances to review. */
@Component
class LedgerAsOfQuery {

	private static final String SUMS = "coalesce(sum(b.billed), 0), coalesce(sum(b.payer_paid), 0), "
			+ "coalesce(sum(b.patient_paid), 0), coalesce(sum(b.contractual), 0), coalesce(sum(b.other_adjusted), 0), "
			+ "coalesce(sum(b.written_off), 0), coalesce(sum(b.insurance_balance), 0), "
			+ "coalesce(sum(b.patient_balance), 0), coalesce(sum(b.denied_open), 0), "
			+ "coalesce(sum(b.awaiting_next_payer), 0)";

	private final JdbcClient jdbc;

	LedgerAsOfQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<LedgerBalances> claim(String claimNumber, LocalDate asOf) {
		return this.jdbc
			.sql("select " + SUMS + " from " + ClaimLedger.BALANCES_AS_OF_FUNCTION
					+ "(?) b join claim c on c.id = b.claim_id where c.claim_number = ? having count(*) > 0")
			.params(Date.valueOf(asOf), claimNumber)
			.query((rs, n) -> balances(rs))
			.optional();
	}

	LedgerBalances total(LocalDate asOf) {
		return this.jdbc.sql("select " + SUMS + " from " + ClaimLedger.BALANCES_AS_OF_FUNCTION + "(?) b")
			.param(Date.valueOf(asOf))
			.query((rs, n) -> balances(rs))
			.single();
	}

	List<CreditBalance> credits() {
		return this.jdbc.sql("select c.id, c.claim_number, p.name, f.owed_to, "
				+ "case when f.owed_to = 'INSURANCE' then -c.insurance_balance else -c.patient_balance end as owed, "
				+ "f.flagged_at, f.reason, f.note from credit_balance f join claim c on c.id = f.claim_id "
				+ "join payer p on p.id = c.payer_id where f.status = 'OPEN' order by owed desc, c.claim_number")
			.query((rs, n) -> new CreditBalance(rs.getLong(1), rs.getString(2), rs.getString(3),
					ResponsibleParty.valueOf(rs.getString(4)), rs.getBigDecimal(5).setScale(2),
					rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8)))
			.list();
	}

	private static LedgerBalances balances(ResultSet rs) throws SQLException {
		return new LedgerBalances(money(rs, 1), money(rs, 2), money(rs, 3), money(rs, 4), money(rs, 5), money(rs, 6),
				money(rs, 7), money(rs, 8), money(rs, 9), money(rs, 10));
	}

	private static BigDecimal money(ResultSet rs, int column) throws SQLException {
		return rs.getBigDecimal(column).setScale(2);
	}

}

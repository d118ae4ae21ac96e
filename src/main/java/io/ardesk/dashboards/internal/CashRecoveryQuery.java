package io.ardesk.dashboards.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.aging.AgingBucket;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.tenancy.AgingBasis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The weekly figures of the cash-recovery dashboard of the bound client. */
@Component
class CashRecoveryQuery {

	private final JdbcClient jdbc;

	CashRecoveryQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Payments dated from {@code from} to {@code to}: the week (0 = the week ending
	 * {@code to}), payer, bucket when paid, whether the claim was worked before, and the
	 * amount.
	 */
	record Payment(int weeksBack, String payer, AgingBucket bucket, boolean worked, BigDecimal amount) {
	}

	List<Payment> payments(LocalDate from, LocalDate to, AgingBasis basis) {
		String sql = "select (cast(:to as date) - j.effective_date) / 7 as weeks_back, "
				+ "coalesce(p.name, case when j.payer_paid <> 0 then cp_payer.name end, 'Patient') as payer, "
				+ DashboardSql.bucketOf("(j.effective_date - " + DashboardSql.basisDate(basis) + ")") + " as bucket, "
				+ DashboardSql.WORKED_BEFORE + " as worked, sum(j.payer_paid + j.patient_paid) as amount "
				+ "from claim_journal j join claim c on c.id = j.claim_id "
				+ "left join claim_payment cp on cp.id = j.claim_payment_id "
				+ "left join remittance r on r.id = cp.remittance_id left join payer p on p.id = r.payer_id "
				+ "left join payer cp_payer on cp_payer.id = c.payer_id "
				+ "where j.effective_date between :from and :to and j.kind in " + DashboardSql.PAYMENT_KINDS
				+ " and (j.payer_paid + j.patient_paid) <> 0 group by 1, 2, 3, 4";
		return this.jdbc.sql(sql)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new Payment(rs.getInt("weeks_back"), rs.getString("payer"),
					AgingBucket.valueOf(rs.getString("bucket")), rs.getBoolean("worked"), rs.getBigDecimal("amount")))
			.list();
	}

	/**
	 * A/R owed at {@code end} by bucket, and how much of it (and how many claims) was in
	 * the next younger bucket at {@code previousEnd}.
	 */
	record BucketAtWeekEnd(AgingBucket bucket, BigDecimal owed, BigDecimal rolledIn, long claimsRolledIn) {
	}

	List<BucketAtWeekEnd> agingAndRolls(LocalDate previousEnd, LocalDate end, AgingBasis basis) {
		String owed = "(greatest(%1$s.insurance_balance, 0) + greatest(%1$s.patient_balance, 0))";
		String basisDate = DashboardSql.basisDate(basis);
		String sql = "select " + DashboardSql.bucketOf("(cast(:end as date) - " + basisDate + ")") + " as bucket, "
				+ "sum(" + owed.formatted("b") + ") as owed, " + "coalesce(sum(" + owed.formatted("b")
				+ ") filter (where " + owed.formatted("pb") + " > 0 and "
				+ DashboardSql.bucketOf("(cast(:previousEnd as date) - " + basisDate + ")") + " <> "
				+ DashboardSql.bucketOf("(cast(:end as date) - " + basisDate + ")") + "), 0) as rolled_in, "
				+ "count(*) filter (where " + owed.formatted("pb") + " > 0 and "
				+ DashboardSql.bucketOf("(cast(:previousEnd as date) - " + basisDate + ")") + " <> "
				+ DashboardSql.bucketOf("(cast(:end as date) - " + basisDate + ")") + ") as claims_rolled_in "
				+ "from claim c join " + ClaimLedger.BALANCES_AS_OF_FUNCTION
				+ "(cast(:end as date)) b on b.claim_id = c.id left join " + ClaimLedger.BALANCES_AS_OF_FUNCTION
				+ "(cast(:previousEnd as date)) pb on pb.claim_id = c.id where " + basisDate + " <= :end and "
				+ owed.formatted("b") + " > 0 group by 1";
		return this.jdbc.sql(sql)
			.param("end", Date.valueOf(end))
			.param("previousEnd", Date.valueOf(previousEnd))
			.query((rs, n) -> new BucketAtWeekEnd(AgingBucket.valueOf(rs.getString("bucket")), rs.getBigDecimal("owed"),
					rs.getBigDecimal("rolled_in"), rs.getLong("claims_rolled_in")))
			.list();
	}

}

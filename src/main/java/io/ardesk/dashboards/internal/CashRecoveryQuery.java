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
		// Balances as of each week end: the claims' running balances less the journal
		// after
		// it (ClaimLedger.changesAfter), for claims on the books by then; a claim not yet
		// on
		// the books at the previous end owed nothing then (null, as no row).
		String owedAtEnd = "(greatest(c.insurance_balance - coalesce(x.insurance_balance, 0), 0) "
				+ "+ greatest(c.patient_balance - coalesce(x.patient_balance, 0), 0))";
		String owedBefore = "(case when c.opened_on <= :previousEnd then "
				+ "greatest(c.insurance_balance - coalesce(px.insurance_balance, 0), 0) "
				+ "+ greatest(c.patient_balance - coalesce(px.patient_balance, 0), 0) end)";
		String basisDate = DashboardSql.basisDate(basis);
		String rolled = owedBefore + " > 0 and "
				+ DashboardSql.bucketOf("(cast(:previousEnd as date) - " + basisDate + ")") + " <> "
				+ DashboardSql.bucketOf("(cast(:end as date) - " + basisDate + ")");
		String sql = "select " + DashboardSql.bucketOf("(cast(:end as date) - " + basisDate + ")") + " as bucket, "
				+ "sum(" + owedAtEnd + ") as owed, coalesce(sum(" + owedAtEnd + ") filter (where " + rolled
				+ "), 0) as rolled_in, count(*) filter (where " + rolled + ") as claims_rolled_in "
				+ "from claim c left join " + ClaimLedger.changesAfter("end") + " x on x.claim_id = c.id left join "
				+ ClaimLedger.changesAfter("previousEnd") + " px on px.claim_id = c.id where c.opened_on <= :end and "
				+ basisDate + " <= :end and " + owedAtEnd + " > 0 group by 1";
		return this.jdbc.sql(sql)
			.param("end", Date.valueOf(end))
			.param("previousEnd", Date.valueOf(previousEnd))
			.query((rs, n) -> new BucketAtWeekEnd(AgingBucket.valueOf(rs.getString("bucket")), rs.getBigDecimal("owed"),
					rs.getBigDecimal("rolled_in"), rs.getLong("claims_rolled_in")))
			.list();
	}

}

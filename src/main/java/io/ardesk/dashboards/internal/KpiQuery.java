package io.ardesk.dashboards.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.aging.AgingBucket;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.dashboards.ChargeLag;
import io.ardesk.dashboards.Recovery;
import io.ardesk.tenancy.AgingBasis;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The aggregates behind the KPIs of the bound client, each one query over the ledger's
 * dated journal (balances as of a date through {@link ClaimLedger#changesAfter}, and the
 * journal rows' effective dates).
 */
@Component
class KpiQuery {

	private final JdbcClient jdbc;

	KpiQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A/R owed as of a date: total, over 90 and over 120 days old. */
	record ArAsOf(BigDecimal total, BigDecimal over90, BigDecimal over120) {
	}

	ArAsOf arAsOf(LocalDate asOf, AgingBasis basis) {
		String owed = "(greatest(c.insurance_balance - coalesce(x.insurance_balance, 0), 0) "
				+ "+ greatest(c.patient_balance - coalesce(x.patient_balance, 0), 0))";
		String age = "(cast(:asOf as date) - " + DashboardSql.basisDate(basis) + ")";
		String sql = "select coalesce(sum(" + owed + "), 0) as total, coalesce(sum(case when " + age + " > 90 then "
				+ owed + " else 0 end), 0) as over90, coalesce(sum(case when " + age + " > 120 then " + owed
				+ " else 0 end), 0) as over120 from claim c left join " + ClaimLedger.changesAfter("asOf")
				+ " x on x.claim_id = c.id where c.opened_on <= :asOf and " + DashboardSql.basisDate(basis)
				+ " <= :asOf";
		return this.jdbc.sql(sql)
			.param("asOf", Date.valueOf(asOf))
			.query((rs, n) -> new ArAsOf(rs.getBigDecimal("total"), rs.getBigDecimal("over90"),
					rs.getBigDecimal("over120")))
			.single();
	}

	/** Charges of claims with dates of service in the period, as billed by its end. */
	BigDecimal charges(LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("select coalesce(sum(c.billed - coalesce(x.billed, 0)), 0) from claim c left join "
					+ ClaimLedger.changesAfter("to") + " x on x.claim_id = c.id "
					+ "where c.opened_on <= :to and c.service_date_from between :from and :to")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(BigDecimal.class)
			.single();
	}

	/** Contractual adjustments and payments with effective dates in the period. */
	record PostedInPeriod(BigDecimal contractual, BigDecimal payments) {
	}

	PostedInPeriod posted(LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("select coalesce(sum(j.contractual), 0) as contractual, coalesce(sum(case when j.kind in "
					+ DashboardSql.PAYMENT_KINDS + " then j.payer_paid + j.patient_paid else 0 end), 0) as payments "
					+ "from claim_journal j where j.effective_date between :from and :to")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new PostedInPeriod(rs.getBigDecimal("contractual"), rs.getBigDecimal("payments")))
			.single();
	}

	/** Claims first adjudicated in the period: how many, denied, clean, and charges. */
	record FirstAdjudications(long claims, long denied, long clean, BigDecimal charges, BigDecimal deniedCharges) {
	}

	FirstAdjudications firstAdjudications(LocalDate from, LocalDate to) {
		String sql = """
				with firsts as (
				  select distinct on (j.claim_id) j.claim_id, j.effective_date, j.denied_open
				  from claim_journal j where j.kind = 'ADJUDICATION'
				  and j.claim_id in (select claim_id from claim_journal where kind = 'ADJUDICATION'
				                     and effective_date between :from and :to)
				  order by j.claim_id, j.effective_date, j.id)
				select count(*) as claims, count(*) filter (where f.denied_open > 0) as denied,
				  count(*) filter (where f.denied_open <= 0 and c.frequency_code = '1' and not exists (
				    select 1 from claim_journal r where r.claim_id = c.id and r.kind = 'REPLACEMENT')) as clean,
				  coalesce(sum(c.billed), 0) as charges,
				  coalesce(sum(c.billed) filter (where f.denied_open > 0), 0) as denied_charges
				from firsts f join claim c on c.id = f.claim_id
				where f.effective_date between :from and :to""";
		return this.jdbc.sql(sql)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new FirstAdjudications(rs.getLong("claims"), rs.getLong("denied"), rs.getLong("clean"),
					rs.getBigDecimal("charges"), rs.getBigDecimal("denied_charges")))
			.single();
	}

	ChargeLag chargeLag(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select percentile_cont(0.5) within group (order by c.submitted_on - c.service_date_from) as median,
				  percentile_cont(0.9) within group (order by c.submitted_on - c.service_date_from) as p90,
				  count(*) as claims
				from claim c where c.submitted_on between :from and :to""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new ChargeLag(days(rs.getBigDecimal("median")), days(rs.getBigDecimal("p90")),
					rs.getLong("claims")))
			.single();
	}

	/**
	 * Payments in the period on claims the firm had worked before the payment was posted,
	 * by payer (the patients as "Patient") and by the bucket the claim was in on the
	 * payment date.
	 */
	List<Recovery> recoveries(LocalDate from, LocalDate to, AgingBasis basis) {
		String sql = "select coalesce(p.name, case when j.payer_paid <> 0 then cp_payer.name end, 'Patient') as payer, "
				+ DashboardSql.bucketOf("(j.effective_date - " + DashboardSql.basisDate(basis) + ")")
				+ " as bucket, sum(j.payer_paid + j.patient_paid) as amount from claim_journal j "
				+ "join claim c on c.id = j.claim_id " + "left join claim_payment cp on cp.id = j.claim_payment_id "
				+ "left join remittance r on r.id = cp.remittance_id left join payer p on p.id = r.payer_id "
				+ "left join payer cp_payer on cp_payer.id = c.payer_id "
				+ "where j.effective_date between :from and :to and j.kind in " + DashboardSql.PAYMENT_KINDS
				+ " and (j.payer_paid + j.patient_paid) <> 0 and " + DashboardSql.WORKED_BEFORE
				+ " group by 1, 2 order by 3 desc";
		return this.jdbc.sql(sql)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new Recovery(rs.getString("payer"), AgingBucket.valueOf(rs.getString("bucket")),
					rs.getBigDecimal("amount")))
			.list();
	}

	private static @Nullable BigDecimal days(@Nullable BigDecimal value) {
		return (value != null) ? value.setScale(1, java.math.RoundingMode.HALF_UP) : null;
	}

}

package io.ardesk.dashboards.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.ardesk.claims.ClaimLedger;
import io.ardesk.dashboards.KpiClaim;
import io.ardesk.dashboards.KpiClaims;
import io.ardesk.dashboards.KpiDrillDown;
import io.ardesk.dashboards.Kpis;
import io.ardesk.security.ReadsClient;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.AgingBasis;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists the claims behind a KPI's numerator with the same filters {@link KpiQuery} sums,
 * so that the drill-down's total is the KPI's numerator.
 */
@Service
class KpiClaimService implements KpiClaims {

	private final ClientDirectory directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	KpiClaimService(ClientDirectory directory, JdbcClient jdbc, Clock clock) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public Page claims(ClientId client, KpiDrillDown kpi, LocalDate from, LocalDate to, int limit) {
		ClientProfile profile = this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		LocalDate today = LocalDate.now(this.clock.withZone(profile.timeZone()));
		if (to.isAfter(today)) {
			throw new InvalidInputException("to", "The period ends " + to + ", in the future; the latest is " + today);
		}
		if (from.isAfter(to)) {
			throw new InvalidInputException("from", "The period starts " + from + ", after its end " + to);
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days > Kpis.MAX_WINDOW_DAYS) {
			throw new InvalidInputException("from",
					"The period is " + days + " days long; at most " + Kpis.MAX_WINDOW_DAYS + " days at once");
		}
		if (limit < 1 || limit > MAX_ROWS) {
			throw new InvalidInputException("limit", "List 1 to " + MAX_ROWS + " claims at once, not " + limit);
		}
		List<KpiClaim> rows = this.jdbc.sql(sql(kpi, profile.agingBasis()))
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new KpiClaim(rs.getString("claim_number"), rs.getString("payer"),
					rs.getDate("service_date_from").toLocalDate(),
					(rs.getDate("submitted_on") != null) ? rs.getDate("submitted_on").toLocalDate() : null,
					rs.getInt("age"), money(rs.getBigDecimal("billed")), money(rs.getBigDecimal("amount"))))
			.list();
		BigDecimal total = money(rows.stream().map(KpiClaim::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
		return new Page(kpi, from, to, List.copyOf(rows.subList(0, Math.min(limit, rows.size()))), rows.size(), total);
	}

	/** One row per claim: what it adds to the KPI's numerator, largest first. */
	private static String sql(KpiDrillDown kpi, AgingBasis basis) {
		String age = "(cast(:to as date) - " + DashboardSql.basisDate(basis) + ")";
		String columns = "select c.claim_number, p.name as payer, c.service_date_from, c.submitted_on, " + age
				+ " as age, b.billed, ";
		// Balances as of the period end the way the KPIs read them
		// (ClaimLedger.changesAfter),
		// so that the claims add up to the KPI's numerator by construction.
		String from = " from claim c left join " + ClaimLedger.changesAfter("to") + " x on x.claim_id = c.id "
				+ "cross join lateral (select c.billed - coalesce(x.billed, 0) as billed, "
				+ "c.insurance_balance - coalesce(x.insurance_balance, 0) as insurance_balance, "
				+ "c.patient_balance - coalesce(x.patient_balance, 0) as patient_balance) b "
				+ "left join payer p on p.id = c.payer_id ";
		String owed = "(greatest(b.insurance_balance, 0) + greatest(b.patient_balance, 0))";
		String open = "where c.opened_on <= :to and " + DashboardSql.basisDate(basis)
				+ " <= :to and (b.insurance_balance > 0 or " + "b.patient_balance > 0)";
		String firsts = """
				join (select distinct on (j.claim_id) j.claim_id, j.effective_date, j.denied_open
				      from claim_journal j where j.kind = 'ADJUDICATION'
				      order by j.claim_id, j.effective_date, j.id) f on f.claim_id = c.id
				where f.effective_date between :from and :to and """;
		String payments = "join (select j.claim_id, sum(j.payer_paid + j.patient_paid) as amount from claim_journal j "
				+ "join claim c on c.id = j.claim_id where j.effective_date between :from and :to and j.kind in "
				+ DashboardSql.PAYMENT_KINDS + " and (j.payer_paid + j.patient_paid) <> 0";
		String byClaim = " group by j.claim_id) m on m.claim_id = c.id order by m.amount desc, c.claim_number";
		// As billed by the period end when the claim was on the books by then, else as
		// billed.
		String billedByEnd = "(case when c.opened_on <= :to then c.billed - coalesce(x.billed, 0) else c.billed end)";
		return switch (kpi) {
			case DAYS_IN_AR, DAYS_IN_AR_GROSS ->
				columns + owed + " as amount" + from + open + " order by amount desc, c.claim_number";
			case AR_OVER_90 -> columns + owed + " as amount" + from + open + " and " + age
					+ " > 90 order by amount desc, c.claim_number";
			case AR_OVER_120 -> columns + owed + " as amount" + from + open + " and " + age
					+ " > 120 order by amount desc, c.claim_number";
			case INITIAL_DENIAL_RATE, INITIAL_DENIAL_RATE_DOLLARS -> columns + "c.billed as amount" + from + firsts
					+ " f.denied_open > 0 order by amount desc, c.claim_number";
			case CLEAN_CLAIM_RATE -> columns + "c.billed as amount" + from + firsts
					+ " f.denied_open <= 0 and c.frequency_code = '1' and not exists (select 1 from claim_journal r "
					+ "where r.claim_id = c.id and r.kind = 'REPLACEMENT') order by amount desc, c.claim_number";
			case CASH_COLLECTED, NET_COLLECTION_RATE -> columns + "m.amount" + from + payments + byClaim;
			case CASH_RECOVERED ->
				columns + "m.amount" + from + payments + " and " + DashboardSql.WORKED_BEFORE + byClaim;
			case CASH_RECOVERED_OVER_90 -> columns + "m.amount" + from + payments + " and " + DashboardSql.WORKED_BEFORE
					+ " and (j.effective_date - " + DashboardSql.basisDate(basis) + ") > 90" + byClaim;
			// Claims sent in the period, whether or not anything is on the books by its
			// end: the age is the lag from the date of service to the first submission.
			case CHARGE_LAG -> "select c.claim_number, p.name as payer, c.service_date_from, c.submitted_on, "
					+ "(c.submitted_on - c.service_date_from) as age, " + billedByEnd + " as billed, " + billedByEnd
					+ " as amount from claim c left join " + ClaimLedger.changesAfter("to") + " x on x.claim_id = c.id "
					+ "left join payer p on p.id = c.payer_id where c.submitted_on between :from and :to "
					+ "order by age desc, c.claim_number";
		};
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}

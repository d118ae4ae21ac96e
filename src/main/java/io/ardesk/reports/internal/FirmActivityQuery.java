package io.ardesk.reports.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts of {@link FirmActivity} for the bound client. Moments (when a follow-up was
 * logged) fall in the period by the client's time zone; payments by their effective date,
 * as the dashboard counts cash collected.
 */
@Component
class FirmActivityQuery {

	/**
	 * Journal kinds that move money in, as the dashboard's cash collected counts them.
	 */
	private static final String PAYMENT_KINDS = "('ADJUDICATION', 'REVERSAL', 'PATIENT_PAYMENT', "
			+ "'EXCEPTION_RESOLUTION', 'REFUND')";

	private final JdbcClient jdbc;

	FirmActivityQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ReadsClient
	@Transactional(readOnly = true)
	public FirmActivity activity(ClientId client, LocalDate from, LocalDate to, ZoneId zone) {
		Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
		return this.jdbc.sql("""
				select
				  (select count(*) from follow_up where logged_at >= :start and logged_at < :end) as touches,
				  (select count(distinct claim_id) from follow_up where logged_at >= :start and logged_at < :end)
				    as claims_touched,
				  (select count(*) from appeal where created_at >= :start and created_at < :end) as appeals,
				  (select count(*) from claim where frequency_code = '7' and submitted_on between :from and :to)
				    as corrected,
				  (select count(*) from document_request where requested_at >= :start and requested_at < :end)
				    as requests,
				  (select count(*) from document_request where requested_at < :end
				     and (status = 'OPEN' or answered_at >= :end)) as requests_open""")
			.param("start", start)
			.param("end", end)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new FirmActivity(rs.getLong("touches"), rs.getLong("claims_touched"),
					rs.getLong("appeals"), rs.getLong("corrected"), rs.getLong("requests"), rs.getLong("requests_open"),
					collectedByPayer(from, to)))
			.single();
	}

	private Map<String, BigDecimal> collectedByPayer(LocalDate from, LocalDate to) {
		Map<String, BigDecimal> byPayer = new LinkedHashMap<>();
		this.jdbc.sql("""
				select coalesce(p.name, case when j.payer_paid <> 0 then cp_payer.name end, 'Patient') as payer,
				  sum(j.payer_paid + j.patient_paid) as amount
				from claim_journal j join claim c on c.id = j.claim_id
				left join claim_payment cp on cp.id = j.claim_payment_id
				left join remittance r on r.id = cp.remittance_id left join payer p on p.id = r.payer_id
				left join payer cp_payer on cp_payer.id = c.payer_id
				where j.effective_date between :from and :to and j.kind in %s and (j.payer_paid + j.patient_paid) <> 0
				group by 1 order by 2 desc, 1""".formatted(PAYMENT_KINDS))
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> byPayer.put(rs.getString("payer"), rs.getBigDecimal("amount")))
			.list();
		return byPayer;
	}

}

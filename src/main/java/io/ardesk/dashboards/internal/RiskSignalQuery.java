package io.ardesk.dashboards.internal;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Risk signals of the bound client that the SLA panel does not carry. */
@Component
class RiskSignalQuery {

	static final int DEADLINE_HORIZON_DAYS = 14;

	private final JdbcClient jdbc;

	RiskSignalQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Open claims whose deadline falls from today to the horizon. */
	long deadlinesAtRisk(LocalDate today) {
		return this.jdbc.sql("""
				select count(*) from claim_work w join claim c on c.id = w.claim_id
				where c.insurance_balance > 0 and c.status <> 'VOIDED' and w.deadline between :today and :until""")
			.param("today", Date.valueOf(today))
			.param("until", Date.valueOf(today.plusDays(DEADLINE_HORIZON_DAYS)))
			.query(Long.class)
			.single();
	}

}

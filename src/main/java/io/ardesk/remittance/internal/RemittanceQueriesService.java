package io.ardesk.remittance.internal;

import java.util.List;

import io.ardesk.remittance.RemittanceQueries;
import io.ardesk.remittance.UnmatchedPayment;
import io.ardesk.security.ReadsClient;
import io.ardesk.tenancy.ClientId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RemittanceQueriesService implements RemittanceQueries {

	private final JdbcClient jdbc;

	RemittanceQueriesService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<UnmatchedPayment> unmatchedPayments(ClientId client) {
		return this.jdbc.sql("select cp.id, p.name, r.trace_number, r.payment_date, cp.patient_control_number, "
				+ "cp.payer_claim_number, cp.status_code, cp.charge, cp.paid from claim_payment cp "
				+ "join remittance r on r.id = cp.remittance_id join payer p on p.id = r.payer_id "
				+ "where cp.outcome = 'UNMATCHED' and cp.resolved_at is null order by r.payment_date desc nulls last, cp.id")
			.query((rs, row) -> new UnmatchedPayment(rs.getLong(1), rs.getString(2), rs.getString(3),
					(rs.getDate(4) != null) ? rs.getDate(4).toLocalDate() : null, rs.getString(5), rs.getString(6),
					rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9)))
			.list();
	}

}

package io.ardesk.remittance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ardesk.remittance.PostingException;
import io.ardesk.remittance.PostingExceptionKind;
import io.ardesk.remittance.PostingExceptionStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads posting exceptions with the payment and claim they are about. */
@Component
class PostingExceptionQuery {

	private static final String SELECT = "select e.id, e.kind, e.status, e.problem, e.difference, e.created_at, "
			+ "e.claim_id, c.claim_number, e.resolved_by, e.resolved_at, e.resolution_note, cp.id as payment_id, "
			+ "p.name as payer, r.trace_number, r.payment_date, cp.patient_control_number, cp.payer_claim_number, "
			+ "cp.status_code, cp.charge, cp.paid, cp.patient_responsibility from posting_exception e "
			+ "join claim_payment cp on cp.id = e.claim_payment_id join remittance r on r.id = cp.remittance_id "
			+ "join payer p on p.id = r.payer_id left join claim c on c.id = e.claim_id ";

	private final JdbcClient jdbc;

	PostingExceptionQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PostingException> list(boolean openOnly) {
		return this.jdbc
			.sql(SELECT + (openOnly ? "where e.status = 'OPEN' " : "") + "order by e.id desc limit "
					+ (openOnly ? 10_000 : 500))
			.query((rs, n) -> map(rs))
			.list();
	}

	long openCount() {
		return this.jdbc.sql("select count(*) from posting_exception where status = 'OPEN'").query(Long.class).single();
	}

	/** An open exception, locked, with the claim it is about. */
	Optional<Open> lockOpen(long id) {
		return this.jdbc
			.sql("select id, claim_payment_id, claim_id from posting_exception where id = ? and status = 'OPEN' "
					+ "for update")
			.param(id)
			.query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class)))
			.optional();
	}

	record Open(long id, long claimPaymentId, Long claimId) {
	}

	void resolve(long id, PostingExceptionStatus status, String actor, String note) {
		this.jdbc
			.sql("update posting_exception set status = ?, resolved_at = now(), resolved_by = ?, resolution_note = ? "
					+ "where id = ?")
			.params(status.name(), actor, (note.length() > 2000) ? note.substring(0, 1997) + "..." : note, id)
			.update();
	}

	private static PostingException map(ResultSet rs) throws SQLException {
		PostingException.HeldPayment payment = new PostingException.HeldPayment(rs.getLong("payment_id"),
				rs.getString("payer"), rs.getString("trace_number"), rs.getObject("payment_date", LocalDate.class),
				rs.getString("patient_control_number"), rs.getString("payer_claim_number"), rs.getString("status_code"),
				rs.getBigDecimal("charge"), rs.getBigDecimal("paid"), rs.getBigDecimal("patient_responsibility"));
		PostingException.Resolution resolution = (rs.getTimestamp("resolved_at") != null)
				? new PostingException.Resolution(rs.getString("resolved_by"),
						rs.getTimestamp("resolved_at").toInstant(), rs.getString("resolution_note"))
				: null;
		return new PostingException(rs.getLong("id"), PostingExceptionKind.valueOf(rs.getString("kind")),
				PostingExceptionStatus.valueOf(rs.getString("status")), rs.getString("problem"),
				rs.getBigDecimal("difference"), rs.getTimestamp("created_at").toInstant(), rs.getString("claim_number"),
				payment, resolution);
	}

}

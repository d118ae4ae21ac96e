package io.ardesk.remittance.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.ardesk.codes.AdjustmentClass;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A claim payment as it was recorded from its remittance, with its adjustments sorted as
 * they were then: what a person posts later (an unmatched payment matched, a posting
 * exception resolved) is exactly what the file said.
 */
@Component
class RecordedPayments {

	private final JdbcClient jdbc;

	RecordedPayments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record RecordedPayment(long id, long payerId, String payerName, String traceNumber, @Nullable LocalDate paymentDate,
			long importBatchId, String patientControlNumber, @Nullable String payerClaimNumber, @Nullable Long claimId,
			String outcome, @Nullable Instant resolvedAt, PaymentFacts facts) {
	}

	/** The payment, locked for the caller's transaction. */
	Optional<RecordedPayment> lock(long paymentId) {
		List<PaymentFacts.Classified> adjustments = this.jdbc
			.sql("select line_number, procedure_code, group_code, reason_code, amount, quantity, adjustment_class "
					+ "from claim_adjustment where claim_payment_id = ? order by id")
			.param(paymentId)
			.query((rs, n) -> new PaymentFacts.Classified(rs.getObject(1, Integer.class), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
					AdjustmentClass.valueOf(rs.getString(7))))
			.list();
		return this.jdbc
			.sql("select cp.id, r.payer_id, p.name, r.trace_number, r.payment_date, r.import_batch_id, "
					+ "cp.patient_control_number, cp.payer_claim_number, cp.claim_id, cp.outcome, cp.resolved_at, "
					+ "cp.status_code, cp.charge, cp.paid, cp.patient_responsibility from claim_payment cp "
					+ "join remittance r on r.id = cp.remittance_id join payer p on p.id = r.payer_id "
					+ "where cp.id = ? for update of cp")
			.param(paymentId)
			.query((rs, n) -> new RecordedPayment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getString(7), rs.getString(8),
					rs.getObject(9, Long.class), rs.getString(10),
					(rs.getTimestamp(11) != null) ? rs.getTimestamp(11).toInstant() : null,
					new PaymentFacts(rs.getString(12), rs.getBigDecimal(13), rs.getBigDecimal(14), rs.getBigDecimal(15),
							adjustments)))
			.optional();
	}

	/**
	 * Settles where a recorded payment went.
	 * @param claimId the claim it was posted to, {@code null} when it was not posted
	 */
	void settle(long paymentId, @Nullable Long claimId, String outcome, @Nullable String sequence, String actor,
			@Nullable String note) {
		this.jdbc
			.sql("update claim_payment set claim_id = ?, outcome = ?, payer_sequence = coalesce(?, payer_sequence), "
					+ "resolved_at = now(), resolved_by = ?, resolution_note = ? where id = ?")
			.params(claimId, outcome, sequence, actor,
					(note != null && note.length() > 500) ? note.substring(0, 500) : note, paymentId)
			.update();
	}

	static BigDecimal orZero(@Nullable BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}

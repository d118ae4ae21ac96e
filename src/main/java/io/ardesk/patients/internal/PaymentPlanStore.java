package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ardesk.patients.PaymentPlan;
import io.ardesk.patients.PaymentPlanStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Payment plans with what was paid on them: the patient payments posted after the plan
 * was agreed (a payment made before the plan is already out of its total).
 */
@Component
class PaymentPlanStore {

	private static final String SELECT = "select pl.*, coalesce((select sum(pp.amount) from patient_payment pp "
			+ "where pp.patient_id = pl.patient_id and pp.posted_at >= pl.created_at), 0) as paid from payment_plan pl ";

	private final JdbcClient jdbc;

	PaymentPlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long patientId, BigDecimal total, BigDecimal installment, int frequencyDays, LocalDate firstDue,
			String createdBy, Instant createdAt) {
		return this.jdbc
			.sql("insert into payment_plan (patient_id, total, installment, frequency_days, first_due, status, "
					+ "created_by, created_at) values (:patient, :total, :installment, :frequency, :firstDue, 'ACTIVE', "
					+ ":by, :at) returning id")
			.param("patient", patientId)
			.param("total", total)
			.param("installment", installment)
			.param("frequency", frequencyDays)
			.param("firstDue", OpenClaims.sqlDate(firstDue))
			.param("by", createdBy)
			.param("at", Timestamp.from(createdAt))
			.query(Long.class)
			.single();
	}

	List<PaymentPlan> ofPatient(long patientId, LocalDate today) {
		return this.jdbc.sql(SELECT + "where pl.patient_id = :patient order by pl.created_at desc, pl.id desc")
			.param("patient", patientId)
			.query((rs, n) -> plan(rs, today))
			.list();
	}

	Map<Long, PaymentPlan> activeOf(Collection<Long> patientIds, LocalDate today) {
		if (patientIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + "where pl.status = 'ACTIVE' and pl.patient_id in (:patients)")
			.param("patients", patientIds)
			.query((rs, n) -> plan(rs, today))
			.list()
			.stream()
			.collect(Collectors.toMap(PaymentPlan::patientId, Function.identity()));
	}

	boolean hasActive(long patientId) {
		return this.jdbc.sql("select count(*) from payment_plan where patient_id = :patient and status = 'ACTIVE'")
			.param("patient", patientId)
			.query(Long.class)
			.single() > 0;
	}

	/** The balance is paid: the running plan has done its job. */
	void completeActive(long patientId) {
		this.jdbc
			.sql("update payment_plan set status = 'COMPLETED', version = version + 1 "
					+ "where patient_id = :patient and status = 'ACTIVE'")
			.param("patient", patientId)
			.update();
	}

	private static PaymentPlan plan(ResultSet rs, LocalDate today) throws SQLException {
		PlanSchedule schedule = new PlanSchedule(rs.getBigDecimal("total"), rs.getBigDecimal("installment"),
				rs.getInt("frequency_days"), rs.getDate("first_due").toLocalDate());
		PaymentPlanStatus status = PaymentPlanStatus.valueOf(rs.getString("status"));
		BigDecimal paid = rs.getBigDecimal("paid");
		BigDecimal due = schedule.dueBy(today);
		return new PaymentPlan(rs.getLong("id"), rs.getLong("patient_id"), schedule.total(), schedule.installment(),
				schedule.frequencyDays(), schedule.firstDue(), status, rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"), paid, due,
				status == PaymentPlanStatus.ACTIVE && schedule.missed(paid, today));
	}

}

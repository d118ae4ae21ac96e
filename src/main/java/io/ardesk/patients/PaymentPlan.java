package io.ardesk.patients;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An agreement that the patient pays their balance in installments.
 *
 * @param paidSoFar what the patient paid since the plan was agreed
 * @param dueSoFar what the schedule expects by today (installments due × installment, at
 * most the total)
 * @param missed the payments fall behind the schedule
 */
public record PaymentPlan(long id, long patientId, BigDecimal total, BigDecimal installment, int frequencyDays,
		LocalDate firstDue, PaymentPlanStatus status, String createdBy, Instant createdAt, long version,
		BigDecimal paidSoFar, BigDecimal dueSoFar, boolean missed) {

}

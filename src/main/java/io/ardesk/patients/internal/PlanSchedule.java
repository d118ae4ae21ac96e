package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a payment plan expects by a given day: one installment at the first due date and
 * one every {@code frequencyDays} after it, never more than the plan's total.
 */
record PlanSchedule(BigDecimal total, BigDecimal installment, int frequencyDays, LocalDate firstDue) {

	long installmentsDue(LocalDate today) {
		if (today.isBefore(this.firstDue)) {
			return 0;
		}
		return ChronoUnit.DAYS.between(this.firstDue, today) / this.frequencyDays + 1;
	}

	BigDecimal dueBy(LocalDate today) {
		return this.installment.multiply(BigDecimal.valueOf(installmentsDue(today))).min(this.total);
	}

	/** The patient paid less than the schedule expects by today. */
	boolean missed(BigDecimal paid, LocalDate today) {
		return paid.compareTo(dueBy(today)) < 0;
	}

}

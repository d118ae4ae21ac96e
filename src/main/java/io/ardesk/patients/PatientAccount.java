package io.ardesk.patients;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One patient who owes the practice money, as the patient-balance desk works them.
 *
 * @param oldestAgeDays days since the oldest open balance arose (its last adjudication,
 * else its date of service)
 * @param reminderDue the level the next statement should carry
 * @param lastReminderSent the highest level a statement has carried so far
 * @param activePlan the running payment plan, if any
 */
public record PatientAccount(long patientId, @Nullable String accountNumber, String name, BigDecimal balance,
		int claims, long oldestAgeDays, ReminderLevel reminderDue, @Nullable ReminderLevel lastReminderSent,
		@Nullable LocalDate lastStatementDate, @Nullable PaymentPlan activePlan, boolean inCollections) {

	public boolean planMissed() {
		return this.activePlan != null && this.activePlan.missed();
	}

}

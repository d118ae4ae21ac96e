package io.ardesk.patients;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One patient who owes the practice money, as the patient-balance desk works them.
 *
 * @param oldestAgeDays days since the oldest open balance arose (its last adjudication,
 * else its date of service)
 * @param letters where the balance stands in the letter sequence
 * @param activePlan the running payment plan, if any
 * @param addressMissing the patient has no mailing address: no letter can be printed
 */
public record PatientAccount(long patientId, @Nullable String accountNumber, String name, BigDecimal balance,
		int claims, long oldestAgeDays, LetterSequence letters, @Nullable PaymentPlan activePlan, boolean inCollections,
		boolean addressMissing) {

	public boolean planMissed() {
		return this.activePlan != null && this.activePlan.missed();
	}

}

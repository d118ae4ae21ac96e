package io.ardesk.patients.internal;

import java.time.LocalDate;

import io.ardesk.patients.LetterSent;
import org.jspecify.annotations.Nullable;

/**
 * What the letter sequence of one patient is worked out from.
 *
 * @param latestLetter the newest letter the patient was ever sent
 * @param lastPayment the day of the patient's newest payment
 * @param balanceSince the day the oldest open balance arose
 * @param planOnSchedule an active payment plan the patient keeps up with
 * @param inCollections the balance was handed to a collection agency
 */
record SequenceFacts(@Nullable LetterSent latestLetter, @Nullable LocalDate lastPayment, LocalDate balanceSince,
		boolean planOnSchedule, boolean inCollections) {

}

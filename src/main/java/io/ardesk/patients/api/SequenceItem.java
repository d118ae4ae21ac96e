package io.ardesk.patients.api;

import java.time.LocalDate;

import io.ardesk.patients.LetterSequence;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.patients.SequenceHold;
import org.jspecify.annotations.Nullable;

/**
 * Where a balance stands in the letter sequence, as the API shows it.
 *
 * @param lastLetter the latest letter of the running sequence (none after a restart)
 * @param nextLetter the letter that comes next (none after the final notice)
 * @param nextLetterDue the first day it may go out
 * @param letterDueNow it may go out today
 * @param collectionsFrom the first day the balance may go to collections
 * @param restartedOn the payment that restarted the sequence
 */
record SequenceItem(@Nullable ReminderLevel lastLetter, @Nullable LocalDate lastLetterOn,
		@Nullable ReminderLevel nextLetter, @Nullable LocalDate nextLetterDue, boolean letterDueNow,
		@Nullable LocalDate collectionsFrom, boolean collectionsPossible, SequenceHold hold,
		@Nullable LocalDate restartedOn) {

	static SequenceItem of(LetterSequence sequence) {
		return new SequenceItem((sequence.last() != null) ? sequence.last().level() : null,
				(sequence.last() != null) ? sequence.last().on() : null, sequence.next(), sequence.nextDue(),
				sequence.letterDue(), sequence.collectionsFrom(), sequence.collectionsPossible(), sequence.hold(),
				sequence.restartedOn());
	}

}

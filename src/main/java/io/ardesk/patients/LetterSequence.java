package io.ardesk.patients;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a patient's balance stands in the letter sequence statement → reminder → final
 * notice → collections, as of a day.
 *
 * <p>
 * The rules (docs/patient-statements.md): the first letter is always a statement; a
 * reminder follows at least {@code reminderAfterDays} after the statement, the final
 * notice at least {@code finalNoticeAfterDays} after the reminder; collections are
 * possible {@code collectionsWaitDays} after the final notice. A patient payment restarts
 * the sequence: the next letter is a statement again, not before
 * {@code reminderAfterDays} after the payment. A payment plan on schedule holds the
 * sequence. A new charge does not restart it.
 *
 * @param asOf the day the sequence was read
 * @param last the latest letter of the current sequence, none before the first or after a
 * restart
 * @param next the letter that comes next; none after the final notice
 * @param nextDue the first day the next letter may go out
 * @param collectionsFrom the first day the balance may go to collections (after the final
 * notice only)
 * @param hold what holds the sequence, if anything
 * @param restartedOn the day of the payment that restarted the sequence, if it did
 */
public record LetterSequence(LocalDate asOf, @Nullable LetterSent last, @Nullable ReminderLevel next,
		@Nullable LocalDate nextDue, @Nullable LocalDate collectionsFrom, SequenceHold hold,
		@Nullable LocalDate restartedOn) {

	/** The next letter may go out today. */
	public boolean letterDue() {
		return this.hold == SequenceHold.NONE && this.next != null && this.nextDue != null
				&& !this.asOf.isBefore(this.nextDue);
	}

	/** The balance may be handed to a collection agency today. */
	public boolean collectionsPossible() {
		return this.hold == SequenceHold.NONE && this.collectionsFrom != null
				&& !this.asOf.isBefore(this.collectionsFrom);
	}

}

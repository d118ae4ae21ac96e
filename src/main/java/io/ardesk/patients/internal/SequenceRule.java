package io.ardesk.patients.internal;

import java.time.LocalDate;

import io.ardesk.patients.LetterSent;
import io.ardesk.patients.LetterSequence;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.patients.SequenceHold;
import io.ardesk.tenancy.StatementPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The letter sequence rules, free of the database so that they can be tested with any
 * "today". See {@link LetterSequence} and docs/patient-statements.md.
 */
final class SequenceRule {

	private SequenceRule() {
	}

	static LetterSequence of(SequenceFacts facts, StatementPolicy policy, LocalDate today) {
		SequenceHold hold = facts.inCollections() ? SequenceHold.IN_COLLECTIONS
				: facts.planOnSchedule() ? SequenceHold.PAYMENT_PLAN : SequenceHold.NONE;
		LetterSent last = current(facts);
		LocalDate restartedOn = restartedOn(facts);
		if (last == null) {
			// The first letter is a statement, at once for a new balance; after a payment
			// the clock restarts and the patient hears from us a cycle later.
			LocalDate due = (restartedOn != null) ? restartedOn.plusDays(policy.reminderAfterDays())
					: facts.balanceSince();
			return new LetterSequence(today, null, ReminderLevel.STATEMENT, due, null, hold, restartedOn);
		}
		return switch (last.level()) {
			case STATEMENT -> new LetterSequence(today, last, ReminderLevel.REMINDER,
					last.on().plusDays(policy.reminderAfterDays()), null, hold, restartedOn);
			case REMINDER -> new LetterSequence(today, last, ReminderLevel.FINAL_NOTICE,
					last.on().plusDays(policy.finalNoticeAfterDays()), null, hold, restartedOn);
			case FINAL_NOTICE -> new LetterSequence(today, last, null, null,
					last.on().plusDays(policy.collectionsWaitDays()), hold, restartedOn);
		};
	}

	/**
	 * The newest letter, if it belongs to the running sequence: sent after the last
	 * payment (a payment on the letter's own day came after it) and not before the oldest
	 * open balance arose (a letter about balances since paid or re-adjudicated by
	 * insurance does not count against a new one).
	 */
	private static @Nullable LetterSent current(SequenceFacts facts) {
		LetterSent latest = facts.latestLetter();
		if (latest == null) {
			return null;
		}
		boolean afterPayment = facts.lastPayment() == null || latest.on().isAfter(facts.lastPayment());
		boolean aboutThisBalance = !latest.on().isBefore(facts.balanceSince());
		return (afterPayment && aboutThisBalance) ? latest : null;
	}

	/**
	 * The payment that restarted the sequence: the newest one, if no letter followed it
	 * and it was made on the open balance (not before it arose).
	 */
	private static @Nullable LocalDate restartedOn(SequenceFacts facts) {
		LocalDate paid = facts.lastPayment();
		if (paid == null || paid.isBefore(facts.balanceSince())) {
			return null;
		}
		LetterSent latest = facts.latestLetter();
		boolean letterSince = latest != null && latest.on().isAfter(paid);
		return letterSince ? null : paid;
	}

}

package io.ardesk.patients.internal;

import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

import io.ardesk.patients.LetterSequence;
import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.SkipReason;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.StatementPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Whether a patient gets a letter now, and if not, why: the same answer for the statement
 * run and for a letter sent by hand.
 */
final class LetterCheck {

	private LetterCheck() {
	}

	/** Why no letter goes out, in words a biller reads. */
	record Refusal(SkipReason reason, String detail) {
	}

	/**
	 * @param cycle the cycle of a statement run, none for a letter sent by hand
	 * @param sentInCycle the patients who already had a letter in that cycle
	 */
	static Optional<Refusal> refusal(PatientAccount account, StatementPolicy policy, @Nullable YearMonth cycle,
			Set<Long> sentInCycle) {
		LetterSequence letters = account.letters();
		if (account.inCollections()) {
			return refuse(SkipReason.IN_COLLECTIONS, "The balance is with a collection agency");
		}
		if (cycle != null && sentInCycle.contains(account.patientId())) {
			return refuse(SkipReason.ALREADY_SENT, "A letter already went out in the " + cycle + " cycle");
		}
		if (account.activePlan() != null && !account.planMissed()) {
			return refuse(SkipReason.PAYMENT_PLAN, "A payment plan on schedule holds the letters");
		}
		if (letters.next() == null) {
			return refuse(SkipReason.AWAITING_COLLECTIONS,
					"The final notice went out on " + Formats.date(letters.last().on())
							+ "; the next step is collections, possible from "
							+ Formats.date(letters.collectionsFrom()));
		}
		if (!letters.letterDue()) {
			return refuse(SkipReason.NOT_DUE, "The " + letters.next().label().toLowerCase(java.util.Locale.US)
					+ " is due on " + Formats.date(letters.nextDue()));
		}
		if (account.balance().compareTo(policy.minimumBalance()) < 0) {
			return refuse(SkipReason.BELOW_MINIMUM, "The balance of " + Formats.money(account.balance())
					+ " is below the practice's statement minimum of " + Formats.money(policy.minimumBalance()));
		}
		if (account.addressMissing()) {
			return refuse(SkipReason.ADDRESS_MISSING, "The " + letters.next().label().toLowerCase(java.util.Locale.US)
					+ " is due, but the patient has no mailing address");
		}
		return Optional.empty();
	}

	/** Why the balance may not go to collections today, if it may not. */
	static Optional<String> collectionsRefusal(LetterSequence letters) {
		if (letters.collectionsPossible()) {
			return Optional.empty();
		}
		if (letters.hold() == io.ardesk.patients.SequenceHold.PAYMENT_PLAN) {
			return Optional.of("A payment plan on schedule holds the balance; it cannot go to collections");
		}
		if (letters.collectionsFrom() == null) {
			String next = (letters.next() != null) ? letters.next().label().toLowerCase(java.util.Locale.US)
					: "final notice";
			return Optional
				.of("Send the final notice before handing the balance to collections (next letter: " + next + ")");
		}
		return Optional.of("The final notice went out on " + Formats.date(letters.last().on())
				+ "; the balance may go to collections from " + Formats.date(letters.collectionsFrom()));
	}

	private static Optional<Refusal> refuse(SkipReason reason, String detail) {
		return Optional.of(new Refusal(reason, detail));
	}

}

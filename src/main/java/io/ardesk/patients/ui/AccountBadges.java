package io.ardesk.patients.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.ardesk.patients.PatientAccountTable;
import io.ardesk.patients.LetterSequence;
import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.ReminderLevel;

/**
 * The state of a patient account at a glance: the next letter and when it is due, the
 * plan and whether it is kept, a missing address and a hand-off to collections.
 */
final class AccountBadges {

	private AccountBadges() {
	}

	static Badge level(ReminderLevel level) {
		Badge badge = new Badge(level.label());
		badge.addClassName("reminder-level");
		switch (level) {
			case REMINDER -> badge.addThemeVariants(BadgeVariant.WARNING);
			case FINAL_NOTICE -> badge.addThemeVariants(BadgeVariant.ERROR);
			case STATEMENT -> {
				// the first letter needs no emphasis
			}
		}
		return badge;
	}

	/**
	 * The next step of the sequence in a few words: "Reminder due now", "Collections".
	 */
	static String nextStep(LetterSequence letters) {
		return PatientAccountTable.nextStep(letters);
	}

	/** The next step as a badge: coloured by the letter when it is due now. */
	static Badge next(LetterSequence letters) {
		Badge badge = new Badge(nextStep(letters));
		badge.addClassName("next-letter");
		if (letters.letterDue() && letters.next() == ReminderLevel.REMINDER) {
			badge.addThemeVariants(BadgeVariant.WARNING);
		}
		else if ((letters.letterDue() && letters.next() == ReminderLevel.FINAL_NOTICE)
				|| letters.collectionsPossible()) {
			badge.addThemeVariants(BadgeVariant.ERROR);
		}
		else if (!letters.letterDue()) {
			badge.addThemeVariants(BadgeVariant.CONTRAST);
		}
		return badge;
	}

	static HorizontalLayout status(PatientAccount account) {
		HorizontalLayout badges = new HorizontalLayout();
		badges.setSpacing(true);
		badges.setPadding(false);
		if (account.addressMissing()) {
			Badge missing = new Badge("Address missing");
			missing.addClassName("address-missing");
			missing.addThemeVariants(BadgeVariant.ERROR);
			badges.add(missing);
		}
		if (account.activePlan() != null) {
			Badge plan = new Badge("Payment plan");
			plan.addThemeVariants(BadgeVariant.SUCCESS);
			badges.add(plan);
			if (account.planMissed()) {
				Badge missed = new Badge("Missed payment");
				missed.addThemeVariants(BadgeVariant.ERROR);
				badges.add(missed);
			}
		}
		if (account.inCollections()) {
			Badge collections = new Badge("In collections");
			collections.addThemeVariants(BadgeVariant.CONTRAST);
			badges.add(collections);
		}
		return badges;
	}

}

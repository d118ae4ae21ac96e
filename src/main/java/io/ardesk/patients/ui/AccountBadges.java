package io.ardesk.patients.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.ReminderLevel;

/**
 * The state of a patient account at a glance: how firm the next reminder is, the plan and
 * whether it is kept, and a hand-off to collections.
 */
final class AccountBadges {

	private AccountBadges() {
	}

	static Badge reminder(ReminderLevel level) {
		Badge badge = new Badge(level.label());
		badge.addClassName("reminder-level");
		switch (level) {
			case REMINDER -> badge.addThemeVariants(BadgeVariant.WARNING);
			case SECOND_NOTICE, FINAL_NOTICE -> badge.addThemeVariants(BadgeVariant.ERROR);
			case NEW -> {
				// a fresh balance needs no emphasis
			}
		}
		return badge;
	}

	static HorizontalLayout status(PatientAccount account) {
		HorizontalLayout badges = new HorizontalLayout();
		badges.setSpacing(true);
		badges.setPadding(false);
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

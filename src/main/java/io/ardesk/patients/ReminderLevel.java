package io.ardesk.patients;

import org.jspecify.annotations.Nullable;

/**
 * The letters a patient receives about one balance, in the order a practice sends them: a
 * statement first, then a reminder, then the final notice before collections. The level
 * follows what was sent, never the age of the balance: a patient is not surprised by a
 * final notice as their first letter.
 */
public enum ReminderLevel {

	STATEMENT("Statement", "Statement"), REMINDER("Reminder", "Reminder: your balance is past due"),
	FINAL_NOTICE("Final notice", "Final notice before collections");

	private final String label;

	private final String wording;

	ReminderLevel(String label, String wording) {
		this.label = label;
		this.wording = wording;
	}

	/** The short name, for lists and badges. */
	public String label() {
		return this.label;
	}

	/** The heading printed on the letter. */
	public String wording() {
		return this.wording;
	}

	/** The letter that follows this one; none after the final notice. */
	public @Nullable ReminderLevel next() {
		return switch (this) {
			case STATEMENT -> REMINDER;
			case REMINDER -> FINAL_NOTICE;
			case FINAL_NOTICE -> null;
		};
	}

}

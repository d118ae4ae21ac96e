package io.ardesk.patients;

/**
 * How firmly a statement reminds the patient, by the age of their oldest open balance:
 * the usual 30/60/90-day dunning cycle of a practice, the last step before collections.
 */
public enum ReminderLevel {

	NEW(0, "New", "Statement"), REMINDER(1, "Reminder", "Reminder"), SECOND_NOTICE(2, "Second notice", "Second notice"),
	FINAL_NOTICE(3, "Final notice", "Final notice before collections");

	private final int level;

	private final String label;

	private final String wording;

	ReminderLevel(int level, String label, String wording) {
		this.level = level;
		this.label = label;
		this.wording = wording;
	}

	/** The level a statement should carry when the oldest open balance is this old. */
	public static ReminderLevel forAgeInDays(long days) {
		if (days >= 90) {
			return FINAL_NOTICE;
		}
		if (days >= 60) {
			return SECOND_NOTICE;
		}
		if (days >= 30) {
			return REMINDER;
		}
		return NEW;
	}

	public static ReminderLevel of(int level) {
		for (ReminderLevel candidate : values()) {
			if (candidate.level == level) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("No reminder level " + level);
	}

	/** 0 to 3, as stored with each statement. */
	public int level() {
		return this.level;
	}

	public String label() {
		return this.label;
	}

	/** The heading printed on the statement. */
	public String wording() {
		return this.wording;
	}

}

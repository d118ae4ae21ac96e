package io.ardesk.worklist;

import java.time.LocalDate;

/**
 * The date by which something must reach the payer.
 *
 * @param kind timely filing (unpaid, never adjudicated claims) or appeal (denied claims)
 */
public record Deadline(Kind kind, LocalDate date, long daysLeft) {

	public enum Kind {

		TIMELY_FILING("Timely filing"), APPEAL("Appeal");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public String describe() {
		if (this.daysLeft < 0) {
			return this.kind.label() + " deadline passed " + (-this.daysLeft) + " days ago";
		}
		return this.kind.label() + " deadline in " + this.daysLeft + " days";
	}

}

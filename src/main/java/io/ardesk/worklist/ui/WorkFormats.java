package io.ardesk.worklist.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import io.ardesk.worklist.Deadline;
import org.jspecify.annotations.Nullable;

/** How the work pages write deadlines: short enough for a grid cell, red when close. */
final class WorkFormats {

	/** A deadline this close needs action this week or next: shown in red. */
	static final int URGENT_DAYS = 14;

	private WorkFormats() {
	}

	/**
	 * "appeal in 9 days", "timely filing due today", "timely filing passed 3 days ago".
	 */
	static String deadline(@Nullable Deadline deadline) {
		if (deadline == null) {
			return "";
		}
		String kind = deadline.kind().label().toLowerCase(Locale.ROOT);
		long days = deadline.daysLeft();
		if (days < 0) {
			return kind + " passed " + plural(-days) + " ago";
		}
		return (days == 0) ? kind + " due today" : kind + " in " + plural(days);
	}

	static boolean urgent(@Nullable Deadline deadline) {
		return deadline != null && deadline.daysLeft() <= URGENT_DAYS;
	}

	static Span deadlineBadge(@Nullable Deadline deadline) {
		Span text = new Span(deadline(deadline));
		text.addClassName("deadline");
		if (urgent(deadline)) {
			text.addClassName("deadline-urgent");
			text.getStyle().set("color", "var(--lumo-error-text-color, #c5221f)").set("font-weight", "600");
		}
		return text;
	}

	private static String plural(long days) {
		return days + ((days == 1) ? " day" : " days");
	}

}

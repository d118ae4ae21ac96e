package io.ardesk.worklist.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.ardesk.claims.ClaimDetail.HistoryEntry;
import io.ardesk.shared.ui.Formats;
import io.ardesk.worklist.FollowUpRecord;

/**
 * Everything that happened to a claim, newest first: the follow-ups with their full
 * detail, and the ledger's history (imports, payments, assignments).
 */
class ClaimTimeline extends Composite<VerticalLayout> {

	/** Follow-ups also leave a one-line history entry; the full record stands for it. */
	private static final String FOLLOW_UP_EVENT = "FOLLOW_UP";

	private record Entry(Instant at, String heading, String text, boolean followUp) {
	}

	ClaimTimeline(List<FollowUpRecord> followUps, List<HistoryEntry> history, ZoneId zone) {
		VerticalLayout content = getContent();
		content.setPadding(false);
		content.setSpacing(false);
		content.setId("timeline");
		List<Entry> entries = new ArrayList<>();
		followUps.forEach((record) -> entries.add(followUp(record, zone)));
		history.stream()
			.filter((entry) -> !FOLLOW_UP_EVENT.equals(entry.kind()))
			.forEach(
					(entry) -> entries.add(new Entry(entry.occurredAt(),
							Formats.dateTime(entry.occurredAt(), zone) + " · " + entry.actor() + " · "
									+ entry.kind().replace('_', ' ').toLowerCase(Locale.ROOT),
							entry.description(), false)));
		if (entries.isEmpty()) {
			content.add(new Paragraph("Nothing has happened to this claim yet."));
			return;
		}
		entries.stream()
			.sorted(Comparator.comparing(Entry::at).reversed())
			.forEach((entry) -> content.add(item(entry)));
	}

	private static Entry followUp(FollowUpRecord record, ZoneId zone) {
		StringBuilder text = new StringBuilder(record.channel().label()).append(": ").append(record.outcome().label());
		if (record.repName() != null) {
			text.append(" · rep ").append(record.repName());
		}
		if (record.callReference() != null) {
			text.append(" · call reference ").append(record.callReference());
		}
		text.append(" · next action ").append(Formats.date(record.nextActionDate()));
		if (record.note() != null) {
			text.append(record.internal() ? "\nInternal note: " : "\n").append(record.note());
		}
		return new Entry(record.loggedAt(),
				Formats.dateTime(record.loggedAt(), zone) + " · " + record.loggedBy() + " · follow-up", text.toString(),
				true);
	}

	private static Div item(Entry entry) {
		Span when = new Span(entry.heading());
		when.getStyle()
			.set("color", "var(--lumo-secondary-text-color, #5c6470)")
			.set("font-size", "var(--lumo-font-size-s, 0.875rem)");
		Div what = new Div(entry.text());
		what.getStyle().set("white-space", "pre-line");
		Div item = new Div(when, what);
		item.addClassName(entry.followUp() ? "timeline-follow-up" : "timeline-history");
		// Follow-ups are the team's own work: a stronger mark than ledger events.
		String colour = entry.followUp() ? "var(--lumo-success-color, #0d8043)"
				: "var(--lumo-primary-color-50pct, rgba(22, 118, 243, 0.5))";
		item.getStyle()
			.set("border-left", "3px solid " + colour)
			.set("padding", "var(--lumo-space-xs, 0.25rem) var(--lumo-space-m, 1rem)")
			.set("margin-bottom", "var(--lumo-space-s, 0.5rem)");
		return item;
	}

}

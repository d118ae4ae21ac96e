package io.ardesk.claims.ui;

import java.time.ZoneId;
import java.util.Comparator;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimDetail.HistoryEntry;
import io.ardesk.shared.ui.Formats;

/** Who did what to a claim and when, newest first. */
final class HistoryTimeline extends Composite<VerticalLayout> {

	HistoryTimeline(ClaimDetail claim, ZoneId zone) {
		VerticalLayout content = getContent();
		content.setPadding(false);
		content.setSpacing(false);
		content.setId("history");
		if (claim.history().isEmpty()) {
			content.add(new Paragraph("Nothing has happened to this claim yet."));
			return;
		}
		claim.history()
			.stream()
			.sorted(Comparator.comparing(HistoryEntry::occurredAt).reversed())
			.forEach((entry) -> content.add(entry(entry, zone)));
	}

	private static Div entry(HistoryEntry entry, ZoneId zone) {
		Span when = new Span(Formats.dateTime(entry.occurredAt(), zone) + " · " + entry.actor() + " · "
				+ entry.kind().replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
		when.getStyle()
			.set("color", "var(--lumo-secondary-text-color, #5c6470)")
			.set("font-size", "var(--lumo-font-size-s, 0.875rem)");
		Div what = new Div(entry.description());
		Div item = new Div(when, what);
		item.addClassName("history-entry");
		item.getStyle()
			.set("border-left", "3px solid var(--lumo-primary-color-50pct, rgba(22, 118, 243, 0.5))")
			.set("padding", "var(--lumo-space-xs, 0.25rem) var(--lumo-space-m, 1rem)")
			.set("margin-bottom", "var(--lumo-space-s, 0.5rem)");
		return item;
	}

}

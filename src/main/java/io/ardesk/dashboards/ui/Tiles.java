package io.ardesk.dashboards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import io.ardesk.dashboards.SlaStatus;

/**
 * The small figure tiles of the dashboards: a caption, a figure, a note and a tooltip.
 */
final class Tiles {

	private Tiles() {
	}

	static Div tile(String caption, String figure, String note, String tooltip) {
		Span label = new Span(caption);
		label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		Span value = new Span(figure);
		value.addClassName("tile-figure");
		value.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
		Span small = new Span(note);
		small.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
		Div tile = new Div(label, new Div(value), new Div(small));
		tile.getStyle()
			.set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
			.set("border", "1px solid var(--lumo-contrast-10pct)")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("min-width", "13em")
			.set("max-width", "18em");
		Tooltip.forComponent(tile).withText(tooltip);
		return tile;
	}

	static Span status(SlaStatus status) {
		Span badge = new Span(status.name().replace('_', ' '));
		badge.addClassName("sla-status");
		String color = switch (status) {
			case GREEN -> "var(--lumo-success-color)";
			case AMBER -> "#d97706";
			case RED -> "var(--lumo-error-color)";
			case NOT_MEASURED -> "var(--lumo-contrast-50pct)";
		};
		badge.getStyle()
			.set("background", color)
			.set("color", "white")
			.set("padding", "0 var(--lumo-space-s)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("font-size", "var(--lumo-font-size-s)")
			.set("font-weight", "600");
		return badge;
	}

	static Component wrap(Component... tiles) {
		com.vaadin.flow.component.orderedlayout.FlexLayout row = new com.vaadin.flow.component.orderedlayout.FlexLayout(
				tiles);
		row.setFlexWrap(com.vaadin.flow.component.orderedlayout.FlexLayout.FlexWrap.WRAP);
		row.getStyle().set("gap", "var(--lumo-space-s)");
		return row;
	}

}

package io.ardesk.imports.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.ardesk.edi.FileIssue;
import io.ardesk.imports.ImportResult;
import io.ardesk.imports.ImportStatus;

/**
 * What became of one uploaded file: the status, what was posted, and every warning and
 * error with the segment and position to look at.
 */
final class ImportResultPanel extends Composite<VerticalLayout> {

	ImportResultPanel(ImportResult result) {
		VerticalLayout content = getContent();
		content.setId("import-result");
		content.setPadding(true);
		content.setSpacing(false);
		content.getStyle()
			.set("border", "1px solid var(--lumo-contrast-10pct, rgba(0, 0, 0, 0.1))")
			.set("border-radius", "var(--lumo-border-radius-l, 0.75rem)");

		H3 title = new H3(result.fileName());
		HorizontalLayout header = new HorizontalLayout(title, ImportLabels.status(result.status()));
		header.setAlignItems(FlexComponent.Alignment.BASELINE);
		Span type = new Span(ImportLabels.type(result.type()));
		type.getStyle().set("color", "var(--lumo-secondary-text-color, #5c6470)");
		content.add(header, type, new Paragraph(explanation(result.status())), counts(result));

		if (!result.warnings().isEmpty()) {
			UnorderedList warnings = new UnorderedList();
			warnings.setId("import-warnings");
			result.warnings().forEach((warning) -> warnings.add(new ListItem(warning)));
			content.add(new H4("Warnings (" + result.warnings().size() + ")"), warnings);
		}
		if (!result.errors().isEmpty()) {
			content.add(new H4("Errors (" + result.errors().size() + ")"), errors(result));
		}
	}

	private static String explanation(ImportStatus status) {
		return switch (status) {
			case POSTED -> "The file was read and posted to the ledger.";
			case DUPLICATE -> "This file was imported before. Nothing was posted again.";
			case REJECTED ->
				"The file could not be read. Nothing was posted; fix the errors below and upload it again.";
		};
	}

	private static Div counts(ImportResult result) {
		Div counts = new Div(count("Claims created", result.claimsCreated()),
				count("Claims updated", result.claimsUpdated()), count("Payments posted", result.paymentsPosted()),
				count("Denials", result.denials()), count("Reversals", result.reversals()),
				count("Unmatched payments", result.unmatched()));
		counts.setId("import-counts");
		counts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l, 1.5rem)");
		return counts;
	}

	private static Div count(String label, int value) {
		Span caption = new Span(label);
		caption.getStyle()
			.set("color", "var(--lumo-secondary-text-color, #5c6470)")
			.set("font-size", "var(--lumo-font-size-s, 0.875rem)");
		Span figure = new Span(Integer.toString(value));
		figure.getStyle().set("font-size", "var(--lumo-font-size-xl, 1.375rem)").set("font-weight", "600");
		Div count = new Div(caption, new Div(figure));
		count.addClassName("import-count");
		return count;
	}

	private static Grid<FileIssue> errors(ImportResult result) {
		Grid<FileIssue> grid = new Grid<>();
		grid.setId("import-errors");
		grid.addColumn(FileIssue::message).setHeader("Problem").setFlexGrow(1);
		grid.addColumn((issue) -> (issue.segment() != null) ? issue.segment() : "")
			.setHeader("Segment")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn((issue) -> (issue.position() != null) ? issue.position().toString() : "")
			.setHeader("Position")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.setItems(result.errors());
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		return grid;
	}

}

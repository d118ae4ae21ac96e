package io.ardesk.imports.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import io.ardesk.imports.ImportResult;
import io.ardesk.shared.ui.Formats;

/** The client's earlier imports, newest first, in the client's time zone. */
final class ImportHistoryGrid extends Composite<Grid<ImportResult>> {

	ImportHistoryGrid(ZoneId zone) {
		Grid<ImportResult> grid = getContent();
		grid.setId("import-history");
		grid.addColumn((result) -> Formats.dateTime(result.importedAt(), zone))
			.setHeader("When")
			.setAutoWidth(true)
			.setFlexGrow(0);
		// Fixed: auto width is measured on the first rows and would cut later, longer
		// names.
		grid.addColumn(ImportResult::importedBy).setHeader("Who").setWidth("9em").setFlexGrow(0);
		grid.addColumn(ImportResult::fileName).setHeader("File").setFlexGrow(1);
		grid.addColumn((result) -> ImportLabels.type(result.type())).setHeader("Type").setAutoWidth(true);
		grid.addComponentColumn((result) -> ImportLabels.status(result.status()))
			.setHeader("Status")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(ImportLabels::counts).setHeader("Posted").setFlexGrow(1);
		grid.setEmptyStateComponent(new Span("No files imported yet."));
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.setAllRowsVisible(true);
	}

	void show(List<ImportResult> history) {
		getContent().setItems(history);
	}

}

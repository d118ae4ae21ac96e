package io.ardesk.claims.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimDetail.OpenDenial;
import io.ardesk.shared.ui.Formats;

/** The denials a claim still has open, line by line, each with its reason. */
final class OpenDenialsGrid extends Grid<OpenDenial> {

	OpenDenialsGrid(ClaimDetail claim) {
		setId("open-denials");
		addColumn((denial) -> (denial.lineNumber() != null) ? String.valueOf(denial.lineNumber()) : "Claim")
			.setHeader("Line")
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn((denial) -> (denial.procedureCode() != null) ? denial.procedureCode() : "").setHeader("Procedure")
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(OpenDenial::reason).setHeader("Reason").setAutoWidth(true).setFlexGrow(0);
		addColumn(OpenDenial::description).setHeader("What it means").setFlexGrow(1);
		addColumn((denial) -> Formats.money(denial.amount())).setHeader("Denied")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn((denial) -> denial.payer() + " · " + Formats.date(denial.paymentDate())).setHeader("Remittance")
			.setAutoWidth(true)
			.setFlexGrow(0);
		setItems(claim.openDenials());
		setEmptyStateComponent(new Span("No denial is open on this claim."));
		setAllRowsVisible(true);
		addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		setWidthFull();
	}

}

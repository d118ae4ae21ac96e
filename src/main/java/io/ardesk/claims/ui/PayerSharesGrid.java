package io.ardesk.claims.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimDetail.PayerShare;
import io.ardesk.shared.ui.Formats;

/**
 * Each payer's part of a claim and the patient's: primary paid, secondary paid, what each
 * still owes, and where each figure comes from.
 */
final class PayerSharesGrid extends Grid<PayerShare> {

	PayerSharesGrid(ClaimDetail claim) {
		setId("payer-shares");
		addColumn(PayerShare::party).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
		addColumn((share) -> (share.payer() != null) ? share.payer() : "").setHeader("Payer")
			.setFlexGrow(1)
			.setTooltipGenerator((share) -> (share.payer() != null) ? share.payer() : "");
		addColumn((share) -> Formats.money(share.paid())).setHeader("Paid")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn((share) -> Formats.money(share.owed())).setHeader("Still owes")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(PayerShare::source).setHeader("From").setAutoWidth(true).setFlexGrow(0);
		setItems(claim.shares());
		setAllRowsVisible(true);
		addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		setWidthFull();
	}

}

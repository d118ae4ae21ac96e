package io.ardesk.aging.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.ardesk.aging.AgingBucket;
import io.ardesk.aging.AgingTotals;
import io.ardesk.aging.BucketShare;
import io.ardesk.aging.ClientAging;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;

/**
 * All the user's clients side by side: what insurance and patients owe, and how much is
 * over 90 days.
 */
class PortfolioAging extends VerticalLayout {

	PortfolioAging(List<ClientAging> clients, Map<ClientId, String> names) {
		setPadding(false);
		Grid<ClientAging> grid = new Grid<>();
		grid.setId("aging-portfolio");
		grid.addColumn((aging) -> names.getOrDefault(aging.client(), aging.client().value()))
			.setHeader("Client")
			.setFlexGrow(1);
		grid.addColumn((aging) -> Formats.money(aging.insurance().total()))
			.setHeader("Insurance A/R")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		grid.addColumn((aging) -> Formats.percent(over90(aging.insurance())))
			.setHeader("Insurance over 90 days")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		grid.addColumn((aging) -> Formats.money(aging.patient().total()))
			.setHeader("Patient A/R")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		grid.addColumn(
				(aging) -> Formats.money(aging.credits().insurance().amount().add(aging.credits().patient().amount())))
			.setHeader("Credit balances (owed back)")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setTooltipGenerator(
					(aging) -> (aging.credits().insurance().claims() + aging.credits().patient().claims()) + " claims");
		grid.setItems(clients);
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		add(new H3("All your clients"), grid);
	}

	/**
	 * The share of the balance older than 90 days, in percent (the HFMA "A/R over 90
	 * days").
	 */
	static BigDecimal over90(AgingTotals totals) {
		if (totals.total().signum() == 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal old = totals.buckets()
			.stream()
			.filter((share) -> share.bucket() == AgingBucket.B91_120 || share.bucket() == AgingBucket.B120_PLUS)
			.map(BucketShare::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return old.multiply(BigDecimal.valueOf(100)).divide(totals.total(), 1, RoundingMode.HALF_UP);
	}

}

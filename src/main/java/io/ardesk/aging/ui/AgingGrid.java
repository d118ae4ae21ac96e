package io.ardesk.aging.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.ardesk.aging.AgingBucket;
import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.AgingRow;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.shared.ui.Formats;

/**
 * The groups of an aging report as rows and the buckets as columns, for one party.
 * Clicking an amount asks for the claims behind it.
 */
class AgingGrid extends Grid<AgingRow> {

	private final Map<Column<AgingRow>, AgingBucket> bucketColumns = new HashMap<>();

	private final Column<AgingRow> groupColumn;

	private ResponsibleParty party = ResponsibleParty.INSURANCE;

	AgingGrid(BiConsumer<AgingRow, AgingBucket> onAmountClicked) {
		addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		setAllRowsVisible(true);
		this.groupColumn = addColumn(AgingRow::group).setHeader("Payer").setFlexGrow(3).setSortable(true);
		for (AgingBucket bucket : AgingBucket.values()) {
			Column<AgingRow> column = addColumn((row) -> Formats.money(row.owedBy(this.party).amount(bucket)))
				.setHeader(bucket.label())
				.setTextAlign(ColumnTextAlign.END)
				.setTooltipGenerator((row) -> row.owedBy(this.party).figure(bucket).claims() + " claims");
			this.bucketColumns.put(column, bucket);
		}
		addColumn((row) -> Formats.money(row.owedBy(this.party).total().amount())).setHeader("Total")
			.setTextAlign(ColumnTextAlign.END)
			.setPartNameGenerator((row) -> "total");
		addItemClickListener((click) -> {
			AgingBucket bucket = this.bucketColumns.get(click.getColumn());
			if (bucket != null && click.getItem().owedBy(this.party).figure(bucket).claims() > 0) {
				onAmountClicked.accept(click.getItem(), bucket);
			}
		});
	}

	/** Shows the rows owing something to this party, under the grouping's heading. */
	void show(List<AgingRow> rows, AgingGrouping grouping, ResponsibleParty owedBy) {
		this.party = owedBy;
		this.groupColumn.setHeader(grouping.label());
		setItems(rows.stream()
			.filter((row) -> !row.owedBy(owedBy).isEmpty())
			.sorted(Comparator.comparing((AgingRow row) -> row.owedBy(owedBy).total().amount()).reversed())
			.toList());
	}

}

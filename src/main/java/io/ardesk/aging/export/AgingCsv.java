package io.ardesk.aging.export;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.shared.export.TableFile;
import org.jspecify.annotations.Nullable;

/**
 * Writes the table as RFC 4180 CSV through the shared {@link TableFile} writer: plain
 * amounts with two decimals ({@code 1234.50}), which spreadsheets read as numbers, and a
 * payer or location name starting like a formula guarded so that it never runs as one.
 */
final class AgingCsv {

	private AgingCsv() {
	}

	static byte[] write(AgingTable table) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (AgingTable.Line line : table.lines()) {
			List<@Nullable Object> cells = new ArrayList<>(List.of(line.group(), line.owedBy()));
			cells.addAll(line.amounts());
			rows.add(cells);
		}
		return new TableFile("Aging", table.header(), rows).csv();
	}

}

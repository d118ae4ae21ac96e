package io.ardesk.aging.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the table as RFC 4180 CSV with plain amounts ({@code 1234.50}), which
 * spreadsheets read as numbers.
 */
final class AgingCsv {

	private AgingCsv() {
	}

	static byte[] write(AgingTable table) {
		StringBuilder csv = new StringBuilder();
		csv.append(row(table.header()));
		for (AgingTable.Line line : table.lines()) {
			List<String> cells = new java.util.ArrayList<>(List.of(line.group(), line.owedBy()));
			line.amounts().stream().map((amount) -> (amount != null) ? amount.toPlainString() : "").forEach(cells::add);
			csv.append(row(cells));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String row(List<String> cells) {
		return cells.stream().map(AgingCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
	}

	static String cell(String value) {
		String text = value;
		// A payer or location name starting like a formula must not run as one when
		// opened in a spreadsheet.
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static boolean isNumber(String text) {
		try {
			new BigDecimal(text);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}

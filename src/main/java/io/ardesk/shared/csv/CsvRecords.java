package io.ardesk.shared.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records following RFC 4180: fields may be quoted, quoted fields
 * may hold commas, line breaks and doubled quotes; lines may end in CRLF or LF. Blank
 * records are skipped but their lines still counted, so that line numbers match what a
 * person sees.
 */
public final class CsvRecords {

	private CsvRecords() {
	}

	/**
	 * One record.
	 *
	 * @param line the 1-based physical line the record starts on
	 */
	public record Record(int line, List<String> cells) {

		public String cell(int index) {
			return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : "";
		}

	}

	/** A quoted value is never closed; nothing of the file can be trusted after it. */
	public static final class UnclosedQuoteException extends IllegalArgumentException {

		private final int line;

		UnclosedQuoteException(int line) {
			super("line " + line + ": a quoted value is never closed (a \" is missing)");
			this.line = line;
		}

		public int line() {
			return this.line;
		}

	}

	/**
	 * @throws UnclosedQuoteException naming the line when a quoted value is never closed
	 */
	public static List<Record> split(String text) {
		List<Record> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowStart = 1;
		for (int i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					line += (c == '\n') ? 1 : 0;
					cell.append(c);
				}
			}
			else if (c == '"' && cell.toString().isBlank()) {
				// spaces before an opening quote are not part of the value
				cell.setLength(0);
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				addUnlessBlank(rows, rowStart, cells);
				cells = new ArrayList<>();
				line++;
				rowStart = line;
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new UnclosedQuoteException(rowStart);
		}
		cells.add(cell.toString());
		addUnlessBlank(rows, rowStart, cells);
		return rows;
	}

	private static void addUnlessBlank(List<Record> rows, int line, List<String> cells) {
		if (!cells.stream().allMatch(String::isBlank)) {
			rows.add(new Record(line, List.copyOf(cells)));
		}
	}

}

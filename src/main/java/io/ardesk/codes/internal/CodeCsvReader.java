package io.ardesk.codes.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a code list file into rows (RFC 4180: quoted fields may hold commas, line breaks
 * and doubled quotes). Kept inside this module rather than shared with the EDI module
 * because the catalogue may depend on no other module.
 */
public final class CodeCsvReader {

	private CodeCsvReader() {
	}

	/**
	 * A non-blank row with the physical line it starts on.
	 *
	 * @param line 1-based line number in the file, so an admin can find the row
	 */
	public record Row(int line, List<String> cells) {

		public String cell(int index) {
			return (index < this.cells.size()) ? this.cells.get(index).strip() : "";
		}

	}

	public static List<Row> read(Reader reader) {
		String text = slurp(reader);
		List<Row> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int line = 1;
		int rowStart = 1;
		boolean quoted = false;
		int i = (text.startsWith("\uFEFF")) ? 1 : 0;
		while (i < text.length()) {
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
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
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
			i++;
		}
		if (quoted) {
			throw new IllegalArgumentException("line " + rowStart + ": a quoted field is never closed");
		}
		cells.add(cell.toString());
		addUnlessBlank(rows, rowStart, cells);
		return rows;
	}

	private static void addUnlessBlank(List<Row> rows, int line, List<String> cells) {
		boolean blank = cells.stream().allMatch(String::isBlank);
		if (!blank) {
			rows.add(new Row(line, List.copyOf(cells)));
		}
	}

	private static String slurp(Reader reader) {
		try {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			int read;
			while ((read = reader.read(buffer)) != -1) {
				text.append(buffer, 0, read);
			}
			return text.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

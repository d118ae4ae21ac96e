package io.ardesk.codes.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

import io.ardesk.shared.csv.CsvRecords;

/**
 * Reads a code list file into rows with the shared RFC 4180 splitter, keeping the line
 * each row starts on.
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
		return CsvRecords.split(slurp(reader))
			.stream()
			.map((record) -> new Row(record.line(), record.cells()))
			.toList();
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

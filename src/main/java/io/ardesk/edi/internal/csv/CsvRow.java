package io.ardesk.edi.internal.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the 1-based physical line the record starts on (header included), so a
 * person can find it in a text editor or spreadsheet
 */
public record CsvRow(int line, List<String> cells) {

	public String cell(int index) {
		return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : "";
	}

	public boolean isBlank() {
		return this.cells.stream().allMatch(String::isBlank);
	}

}

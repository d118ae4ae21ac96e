package io.ardesk.edi.internal.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;

/** Where each known column sits in the file, read from the header row. */
public final class CsvHeader {

	private final Map<CsvColumn, Integer> positions;

	private final int width;

	private CsvHeader(Map<CsvColumn, Integer> positions, int width) {
		this.positions = positions;
		this.width = width;
	}

	/**
	 * Reads the header row; columns we do not use become warnings, a missing required
	 * column or a column given twice makes the file unreadable.
	 */
	public static CsvHeader read(CsvRow row, List<FileIssue> warnings) {
		Map<CsvColumn, Integer> positions = new EnumMap<>(CsvColumn.class);
		List<FileIssue> problems = new ArrayList<>();
		for (int i = 0; i < row.cells().size(); i++) {
			String name = row.cell(i).strip();
			if (name.isEmpty()) {
				continue;
			}
			int index = i;
			CsvColumn.forHeader(name).ifPresentOrElse((column) -> {
				if (positions.putIfAbsent(column, index) != null) {
					problems.add(new FileIssue("Column " + column.header() + " appears twice in the header",
							column.header(), row.line()));
				}
			}, () -> warnings
				.add(new FileIssue("Column \"" + name + "\" is not used and was ignored", name, row.line())));
		}
		if (positions.isEmpty()) {
			throw new MalformedFileException(new FileIssue(
					"The first line must be a header naming the columns; none of its columns is recognised", null,
					row.line()));
		}
		String missing = Arrays.stream(CsvColumn.values())
			.filter((column) -> column.required() && !positions.containsKey(column))
			.map(CsvColumn::header)
			.collect(Collectors.joining(", "));
		if (!missing.isEmpty()) {
			problems.addFirst(new FileIssue("Missing required columns: " + missing, null, row.line()));
		}
		if (!problems.isEmpty()) {
			throw new MalformedFileException(problems);
		}
		return new CsvHeader(positions, row.cells().size());
	}

	public boolean has(CsvColumn column) {
		return this.positions.containsKey(column);
	}

	/** The trimmed value, empty when the column is absent or the row is short. */
	public String value(CsvRow row, CsvColumn column) {
		Integer position = this.positions.get(column);
		return (position != null) ? row.cell(position).strip() : "";
	}

	/** Whether the row has non-blank values beyond the last header column. */
	public boolean overflows(CsvRow row) {
		return row.cells().stream().skip(this.width).anyMatch((cell) -> !cell.isBlank());
	}

}

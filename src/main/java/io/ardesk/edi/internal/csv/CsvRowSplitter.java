package io.ardesk.edi.internal.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;

/**
 * Splits CSV text into records following RFC 4180: fields may be quoted, quoted fields
 * may hold commas, line breaks and doubled quotes; lines may end in CRLF or LF. Blank
 * lines are skipped but still counted so that line numbers match what a person sees.
 */
public final class CsvRowSplitter {

	/** What spreadsheet programs on Windows write when not told to use UTF-8. */
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private CsvRowSplitter() {
	}

	public static List<CsvRow> split(byte[] content) {
		return split(decode(content));
	}

	/** UTF-8 when the bytes are valid UTF-8 (BOM dropped), otherwise Windows-1252. */
	static String decode(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			text = new String(content, WINDOWS_1252);
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	static List<CsvRow> split(String text) {
		List<CsvRow> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowStart = 1;
		for (int i = 0; i < text.length(); i++) {
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
				add(rows, new CsvRow(rowStart, cells));
				cells = new ArrayList<>();
				line++;
				rowStart = line;
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new MalformedFileException(new FileIssue(
					"line " + rowStart + ": a quoted value is never closed (a \" is missing)", null, rowStart));
		}
		cells.add(cell.toString());
		add(rows, new CsvRow(rowStart, cells));
		return rows;
	}

	private static void add(List<CsvRow> rows, CsvRow row) {
		if (!row.isBlank()) {
			rows.add(new CsvRow(row.line(), List.copyOf(row.cells())));
		}
	}

}

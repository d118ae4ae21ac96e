package io.ardesk.edi.internal.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;
import io.ardesk.shared.csv.CsvRecords;

/**
 * Decodes a CSV export (UTF-8, or Windows-1252 as spreadsheets on Windows write it) and
 * splits it into records with the shared RFC 4180 splitter.
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
		try {
			return CsvRecords.split(text).stream().map((record) -> new CsvRow(record.line(), record.cells())).toList();
		}
		catch (CsvRecords.UnclosedQuoteException ex) {
			throw new MalformedFileException(new FileIssue(ex.getMessage(), null, ex.line()));
		}
	}

}

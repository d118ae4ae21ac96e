package io.ardesk.edi.internal;

import java.nio.charset.StandardCharsets;

import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;

/**
 * Checks that every segment starts cleanly with its id right after the previous
 * terminator. StAEDI silently skips leading blanks, which would hide pretty-printed or
 * hand-edited files whose segment boundaries cannot be trusted.
 */
final class SegmentFraming {

	/** ISA is fixed width: 105 characters, then the segment terminator. */
	private static final int ISA_TERMINATOR_INDEX = 105;

	/** Where the element separator stands in a fixed-width ISA. */
	private static final int[] ISA_SEPARATOR_INDEXES = { 3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101,
			103 };

	private static final java.util.regex.Pattern SEGMENT_ID = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]{1,2}");

	private SegmentFraming() {
	}

	static void check(byte[] content) {
		String text = X12Text.stripLeading(new String(content, StandardCharsets.ISO_8859_1));
		if (!hasFixedWidthIsa(text)) {
			// the terminator cannot be located; StAEDI rejects such a header itself
			return;
		}
		char elementSeparator = text.charAt(3);
		char terminator = text.charAt(ISA_TERMINATOR_INDEX);
		int position = 0;
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf(terminator, start);
			if (end < 0) {
				end = text.length();
			}
			String raw = stripLineBreaks(text.substring(start, end));
			start = end + 1;
			if (raw.isBlank()) {
				continue;
			}
			position++;
			checkSegment(raw, elementSeparator, position);
		}
	}

	private static boolean hasFixedWidthIsa(String text) {
		if (text.length() <= ISA_TERMINATOR_INDEX) {
			return false;
		}
		char separator = text.charAt(3);
		for (int index : ISA_SEPARATOR_INDEXES) {
			if (text.charAt(index) != separator) {
				return false;
			}
		}
		return true;
	}

	private static void checkSegment(String raw, char elementSeparator, int position) {
		int idEnd = raw.indexOf(elementSeparator);
		String id = (idEnd < 0) ? raw : raw.substring(0, idEnd);
		if (!id.equals(id.strip())) {
			throw new MalformedFileException(
					new FileIssue("Segment is preceded by stray whitespace, so segment boundaries cannot be trusted",
							id.strip(), position));
		}
		if (!SEGMENT_ID.matcher(id).matches()) {
			String shown = id.isEmpty() ? "(empty)" : (id.length() > 10) ? id.substring(0, 10) : id;
			throw new MalformedFileException(
					new FileIssue("Segment id '" + shown + "' is not a valid X12 segment id", shown, position));
		}
	}

	private static String stripLineBreaks(String raw) {
		int from = 0;
		while (from < raw.length() && (raw.charAt(from) == '\r' || raw.charAt(from) == '\n')) {
			from++;
		}
		int to = raw.length();
		while (to > from && (raw.charAt(to - 1) == '\r' || raw.charAt(to - 1) == '\n')) {
			to--;
		}
		return raw.substring(from, to);
	}

}

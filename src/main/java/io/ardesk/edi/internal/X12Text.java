package io.ardesk.edi.internal;

/** Text-level facts about an X12 file that are needed before any tokenizing. */
final class X12Text {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	/** How UTF-8's byte order mark looks when bytes are read as ISO-8859-1. */
	private static final String UTF8_BOM_AS_LATIN1 = "\u00EF\u00BB\u00BF";

	private X12Text() {
	}

	/** The text without a leading byte order mark and whitespace. */
	static String stripLeading(String text) {
		String stripped = text;
		if (stripped.startsWith(UTF8_BOM_AS_LATIN1)) {
			stripped = stripped.substring(UTF8_BOM_AS_LATIN1.length());
		}
		int from = 0;
		while (from < stripped.length()
				&& (Character.isWhitespace(stripped.charAt(from)) || stripped.charAt(from) == BYTE_ORDER_MARK)) {
			from++;
		}
		return stripped.substring(from);
	}

	static boolean looksLikeX12(String text) {
		return stripLeading(text).startsWith("ISA");
	}

}

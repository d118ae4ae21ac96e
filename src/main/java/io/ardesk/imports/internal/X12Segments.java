package io.ardesk.imports.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Recognises X12 content that lacks its interchange envelope, so that it is rejected as a
 * broken X12 file (naming the missing ISA) instead of being misread as a CSV export.
 */
final class X12Segments {

	private static final Pattern SEGMENTS = Pattern.compile("(?m)(^|[~'])\\s*(ST|GS|BPR|TRN|CLP|CLM|NM1|SBR|HL)[*|^]");

	private static final Pattern REMITTANCE = Pattern.compile("(^|[~\\s])(ST[*|]835|BPR[*|]|CLP[*|])");

	private X12Segments() {
	}

	static boolean lookLikeX12(byte[] content) {
		return SEGMENTS.matcher(head(content)).find();
	}

	static boolean looksLikeRemittance(byte[] content) {
		return REMITTANCE.matcher(head(content)).find();
	}

	private static String head(byte[] content) {
		return new String(content, 0, Math.min(content.length, 8192), StandardCharsets.ISO_8859_1);
	}

}

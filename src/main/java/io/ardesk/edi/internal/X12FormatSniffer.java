package io.ardesk.edi.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.ardesk.edi.FileFormat;
import io.ardesk.edi.FileIssue;
import io.ardesk.edi.MalformedFileException;

/**
 * Tells which kind of file some bytes are without reading them fully. Works on the raw
 * text so that it can route a file even when the file later turns out to be unreadable.
 */
public final class X12FormatSniffer {

	private X12FormatSniffer() {
	}

	public static FileFormat detect(byte[] content) {
		String text = X12Text.stripLeading(new String(content, StandardCharsets.ISO_8859_1));
		if (!text.startsWith("ISA") || text.length() < 4) {
			return FileFormat.CSV_CLAIMS;
		}
		String separator = Pattern.quote(String.valueOf(text.charAt(3)));
		Matcher st = Pattern
			.compile("(?:^|[^A-Za-z0-9])ST" + separator + "([0-9]{3})(?:" + separator + "[A-Za-z0-9]*(?:" + separator
					+ "([A-Za-z0-9]+))?)?")
			.matcher(text);
		if (!st.find()) {
			throw new MalformedFileException(new FileIssue("File holds no transaction set (ST)", "ISA", 1));
		}
		if (st.group(1).equals("835")) {
			return FileFormat.X12_835;
		}
		if (!st.group(1).equals("837")) {
			throw new MalformedFileException(
					new FileIssue("Transaction set " + st.group(1) + " is not an 835 or 837", "ST", null));
		}
		String implementation = (st.group(2) != null) ? st.group(2) : groupVersion(text, separator);
		FileFormat format = claimFormat(implementation);
		if (format == null) {
			throw new MalformedFileException(
					new FileIssue("Cannot tell an 837P from an 837I by version '" + implementation + "'", "GS", null));
		}
		return format;
	}

	/** GS08, the implementation guide of the first functional group. */
	private static String groupVersion(String text, String separator) {
		Matcher gs = Pattern.compile("(?:^|[^A-Za-z0-9])GS" + separator).matcher(text);
		if (!gs.find()) {
			return "";
		}
		String[] fields = text.substring(gs.end()).split(separator, 9);
		if (fields.length < 9) {
			return "";
		}
		Matcher version = Pattern.compile("^[A-Za-z0-9]+").matcher(fields[7]);
		return version.find() ? version.group() : "";
	}

	/**
	 * 5010 X222 and 4010 X098 are professional guides; 5010 X223 and 4010 X096 are
	 * institutional ones.
	 */
	static @Nullable FileFormat claimFormat(String implementation) {
		if (implementation.contains("X222") || implementation.contains("X098")) {
			return FileFormat.X12_837P;
		}
		if (implementation.contains("X223") || implementation.contains("X096")) {
			return FileFormat.X12_837I;
		}
		return null;
	}

}

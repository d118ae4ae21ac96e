package io.ardesk.shared.upload;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.ardesk.shared.problem.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

/**
 * Reads the file of a {@code multipart/form-data} request while it arrives, counting its
 * bytes and stopping at the limit. The container's own multipart parsing is off
 * ({@code spring.servlet.multipart.enabled=false}): it would first spool the whole
 * request to a temporary file with one limit for every endpoint. Here nothing touches the
 * disk, each endpoint has its own limit, and a chunked request that declares no size is
 * cut off at the limit like any other.
 */
public final class MultipartUpload {

	/** Room for the other fields and the part headers besides the file itself. */
	static final int OVERHEAD = 256 * 1024;

	private static final int MAX_HEADER_BYTES = 16 * 1024;

	private MultipartUpload() {
	}

	/**
	 * An uploaded file.
	 *
	 * @param fileName the name the client gave, or {@code null} when it gave none
	 */
	public record UploadedFile(@Nullable String fileName, byte[] content) {
	}

	/**
	 * Reads the first file part named {@link UploadLimit#FIELD}; other parts are read and
	 * dropped.
	 * @throws io.ardesk.shared.problem.PayloadTooLargeException when the file, or the
	 * whole request, is larger than the limit allows
	 * @throws InvalidInputException when the request is not multipart or has no file
	 */
	public static UploadedFile read(HttpServletRequest request, UploadLimit limit) throws IOException {
		byte[] boundary = boundary(request.getContentType());
		long maxRequest = limit.limit().toBytes() + OVERHEAD;
		if (request.getContentLengthLong() > maxRequest) {
			throw limit.tooLarge();
		}
		Scanner scanner = new Scanner(request.getInputStream(), boundary, maxRequest, limit);
		UploadedFile file = null;
		scanner.skipPreamble();
		while (scanner.nextPart()) {
			PartHeaders headers = PartHeaders.parse(scanner.headerBlock());
			if (file == null && UploadLimit.FIELD.equals(headers.name()) && headers.isFile()) {
				ByteSink sink = new ByteSink(limit);
				scanner.body(sink);
				file = new UploadedFile(headers.fileName(), sink.toByteArray());
			}
			else {
				scanner.body(null);
			}
		}
		if (file == null) {
			throw new InvalidInputException(UploadLimit.FIELD,
					"Send the file as the multipart/form-data field \"" + UploadLimit.FIELD + "\".");
		}
		return file;
	}

	private static byte[] boundary(@Nullable String contentType) {
		MediaType type;
		try {
			type = (contentType != null) ? MediaType.parseMediaType(contentType) : null;
		}
		catch (IllegalArgumentException ex) {
			type = null;
		}
		String boundary = (type != null && MediaType.MULTIPART_FORM_DATA.includes(type)) ? type.getParameter("boundary")
				: null;
		if (boundary != null && boundary.length() > 1 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
			boundary = boundary.substring(1, boundary.length() - 1);
		}
		if (boundary == null || boundary.isEmpty() || boundary.length() > 200 || boundary.indexOf('\r') >= 0
				|| boundary.indexOf('\n') >= 0) {
			throw new InvalidInputException(UploadLimit.FIELD,
					"Send the file as multipart/form-data with a boundary, in the field \"" + UploadLimit.FIELD
							+ "\".");
		}
		return ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
	}

	/** Walks the multipart body byte by byte over a buffer, counting every byte. */
	private static final class Scanner {

		private final InputStream in;

		private final byte[] delimiter;

		private final long maxBytes;

		private final UploadLimit limit;

		private final byte[] buffer = new byte[64 * 1024];

		private int position;

		private int filled;

		private long consumed;

		private boolean closed;

		Scanner(InputStream in, byte[] delimiter, long maxBytes, UploadLimit limit) {
			this.in = in;
			this.delimiter = delimiter;
			this.maxBytes = maxBytes;
			this.limit = limit;
		}

		private int next() throws IOException {
			if (this.position == this.filled) {
				this.filled = this.in.read(this.buffer);
				this.position = 0;
				if (this.filled <= 0) {
					this.filled = 0;
					throw new InvalidInputException(UploadLimit.FIELD,
							"The upload ended before the file did; send it again.");
				}
			}
			if (++this.consumed > this.maxBytes) {
				throw this.limit.tooLarge();
			}
			return this.buffer[this.position++] & 0xff;
		}

		/**
		 * Skips to the first boundary; the body starts with "--boundary", i.e. the
		 * delimiter without its leading CRLF.
		 */
		void skipPreamble() throws IOException {
			scan(null, 2);
		}

		/** After a boundary: another part follows, or the closing "--". */
		boolean nextPart() throws IOException {
			if (this.closed) {
				return false;
			}
			int first = next();
			int second = next();
			if (first == '-' && second == '-') {
				this.closed = true;
				return false;
			}
			// transport padding (spaces, tabs) may precede the line break
			while (first == ' ' || first == '\t') {
				first = second;
				second = next();
			}
			if (first != '\r' || second != '\n') {
				throw malformed();
			}
			return true;
		}

		/** The header lines of a part, up to the empty line. */
		String headerBlock() throws IOException {
			StringBuilder headers = new StringBuilder();
			byte[] line = new byte[MAX_HEADER_BYTES];
			int length = 0;
			int total = 0;
			while (true) {
				int b = next();
				if (++total > MAX_HEADER_BYTES) {
					throw malformed();
				}
				if (b == '\n' && length > 0 && line[length - 1] == '\r') {
					if (length == 1) {
						return headers.toString();
					}
					headers.append(new String(line, 0, length - 1, StandardCharsets.UTF_8)).append('\n');
					length = 0;
				}
				else {
					line[length++] = (byte) b;
				}
			}
		}

		/** Reads one part's body up to the next delimiter, into the sink or nowhere. */
		void body(@Nullable ByteSink sink) throws IOException {
			scan(sink, 0);
		}

		private void scan(@Nullable ByteSink sink, int alreadyMatched) throws IOException {
			// The delimiter's first byte (CR) occurs nowhere else in it, so after a
			// mismatch the search restarts at most at the current byte.
			int matched = alreadyMatched;
			while (true) {
				int b = next();
				if (b == (this.delimiter[matched] & 0xff)) {
					matched++;
					if (matched == this.delimiter.length) {
						return;
					}
					continue;
				}
				if (matched > 0) {
					if (sink != null) {
						sink.write(this.delimiter, 0, matched);
					}
					matched = 0;
				}
				if (b == '\r') {
					matched = 1;
				}
				else if (sink != null) {
					sink.write(b);
				}
			}
		}

		private static InvalidInputException malformed() {
			return new InvalidInputException(UploadLimit.FIELD, "The multipart/form-data request is malformed.");
		}

	}

	/** The Content-Disposition of one part: its field name and file name. */
	private record PartHeaders(@Nullable String name, @Nullable String fileName, boolean isFile) {

		static PartHeaders parse(String block) {
			for (String line : block.split("\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
					return disposition(line.substring(colon + 1));
				}
			}
			return new PartHeaders(null, null, false);
		}

		private static PartHeaders disposition(String value) {
			String name = null;
			String fileName = null;
			String extendedFileName = null;
			boolean file = false;
			for (String parameter : parameters(value)) {
				int equals = parameter.indexOf('=');
				if (equals < 0) {
					continue;
				}
				String key = parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT);
				String raw = parameter.substring(equals + 1).strip();
				switch (key) {
					case "name" -> name = unquote(raw);
					case "filename" -> {
						fileName = unquote(raw);
						file = true;
					}
					case "filename*" -> {
						extendedFileName = extended(raw);
						file = true;
					}
					default -> {
						// other parameters do not matter here
					}
				}
			}
			String chosen = (extendedFileName != null) ? extendedFileName : fileName;
			return new PartHeaders(name, (chosen != null) ? baseName(chosen) : null, file);
		}

		/** Splits on semicolons outside quoted strings. */
		private static java.util.List<String> parameters(String value) {
			java.util.List<String> parts = new java.util.ArrayList<>();
			StringBuilder current = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '\\' && quoted && i + 1 < value.length()) {
					current.append(c).append(value.charAt(++i));
				}
				else if (c == '"') {
					quoted = !quoted;
					current.append(c);
				}
				else if (c == ';' && !quoted) {
					parts.add(current.toString());
					current.setLength(0);
				}
				else {
					current.append(c);
				}
			}
			parts.add(current.toString());
			return parts;
		}

		private static String unquote(String raw) {
			if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
				return raw.substring(1, raw.length() - 1).replaceAll("\\\\(.)", "$1");
			}
			return raw;
		}

		/** RFC 5987: {@code UTF-8''na%C3%AFve.csv}. */
		private static @Nullable String extended(String raw) {
			int quote = raw.indexOf("''");
			if (quote < 0) {
				return null;
			}
			try {
				return URLDecoder.decode(raw.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		/** Old browsers send the full client path: keep the last segment. */
		private static String baseName(String name) {
			int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
			return (slash >= 0) ? name.substring(slash + 1) : name;
		}

	}

}

package io.ardesk.shared.upload;

import java.io.IOException;
import java.io.InputStream;

import io.ardesk.shared.problem.PayloadTooLargeException;

import org.springframework.util.unit.DataSize;

/**
 * The largest file one upload path takes. Uploads are counted as they arrive and stopped
 * at the limit: a declared size (Content-Length, the browser's file size) is never
 * trusted, and a chunked upload that declares none is cut off all the same.
 *
 * @param limit the largest accepted file
 * @param what the kind of file, for the message ("claim or remittance file")
 */
public record UploadLimit(DataSize limit, String what) {

	/** The multipart field, as a problem detail names it. */
	public static final String FIELD = "file";

	private static final int CHUNK = 64 * 1024;

	/**
	 * Reads the whole stream, but never more than the limit.
	 * @throws PayloadTooLargeException as soon as one byte more than the limit arrives;
	 * what was read is dropped
	 */
	public byte[] read(InputStream in) throws IOException {
		ByteSink sink = new ByteSink(this);
		byte[] chunk = new byte[CHUNK];
		int read;
		while ((read = in.read(chunk)) != -1) {
			sink.write(chunk, 0, read);
		}
		return sink.toByteArray();
	}

	/** Refuses a size declared up front that is already too large. */
	public void checkDeclared(long declaredBytes) {
		if (declaredBytes > this.limit.toBytes()) {
			throw tooLarge();
		}
	}

	PayloadTooLargeException tooLarge() {
		return new PayloadTooLargeException(FIELD,
				"The " + this.what + " is larger than " + describe(this.limit) + "; nothing was kept.");
	}

	/** "50 MB", "512 KB": how a person reads a limit. */
	public static String describe(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " bytes";
	}

}

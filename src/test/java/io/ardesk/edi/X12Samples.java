package io.ardesk.edi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the published X12 sample files kept under src/test/resources/x12. */
final class X12Samples {

	private X12Samples() {
	}

	static byte[] bytes(String path) {
		try (InputStream in = X12Samples.class.getResourceAsStream("/x12/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("No sample file " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A sample with one exact piece of text replaced, to test a single defect. */
	static byte[] edited(String path, String original, String replacement) {
		String text = new String(bytes(path), StandardCharsets.ISO_8859_1);
		if (!text.contains(original)) {
			throw new IllegalArgumentException("Sample " + path + " does not contain the text to edit");
		}
		return text.replace(original, replacement).getBytes(StandardCharsets.ISO_8859_1);
	}

}

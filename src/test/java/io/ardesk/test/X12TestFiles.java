package io.ardesk.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The public X12 sample files under {@code src/test/resources/x12}. */
public final class X12TestFiles {

	private X12TestFiles() {
	}

	/**
	 * @param path relative to {@code x12/}, for example {@code 837p/uhin_837p_icd10.837}
	 */
	public static byte[] read(String path) {
		try (InputStream in = X12TestFiles.class.getResourceAsStream("/x12/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("No test file x12/" + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

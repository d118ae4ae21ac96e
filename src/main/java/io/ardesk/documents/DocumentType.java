package io.ardesk.documents;

import java.util.Optional;

/**
 * The kinds of file a practice may upload, recognised by their first bytes (a name or a
 * declared type proves nothing: a renamed executable stays an executable).
 */
public enum DocumentType {

	PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }),
	JPEG("image/jpeg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }),
	TIFF_LITTLE_ENDIAN("image/tiff", new byte[] { 'I', 'I', 42, 0 }),
	TIFF_BIG_ENDIAN("image/tiff", new byte[] { 'M', 'M', 0, 42 });

	private final String contentType;

	private final byte[] magic;

	DocumentType(String contentType, byte[] magic) {
		this.contentType = contentType;
		this.magic = magic;
	}

	public String contentType() {
		return this.contentType;
	}

	/** The type whose signature the content starts with, if any. */
	public static Optional<DocumentType> of(byte[] content) {
		for (DocumentType type : values()) {
			if (startsWith(content, type.magic)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}

package io.ardesk.documents;

import java.time.Instant;

/**
 * A file uploaded in answer to a document request.
 *
 * @param contentType the type found in the content (never the one the uploader named)
 * @param sha256 the SHA-256 of the content, hex
 */
public record StoredFile(long id, long requestId, String fileName, long size, String contentType, String sha256,
		String uploadedBy, Instant uploadedAt) {
}

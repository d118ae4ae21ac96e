package io.ardesk.documents;

/** A stored file and its bytes. */
public record FileDownload(StoredFile file, byte[] content) {
}

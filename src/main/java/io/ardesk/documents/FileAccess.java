package io.ardesk.documents;

import java.time.Instant;

/** One audited upload or download of a document file. */
public record FileAccess(long fileId, String fileName, Action action, String actor, Instant at) {

	public enum Action {

		UPLOADED, DOWNLOADED

	}

}

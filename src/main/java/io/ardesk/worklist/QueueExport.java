package io.ardesk.worklist;

import io.ardesk.tenancy.ClientId;

/**
 * The queue as a file, with the filter applied: every claim it matches (up to
 * {@link #MAX_ROWS}), in queue order, for a spreadsheet or a handover.
 */
public interface QueueExport {

	/** The most rows one export holds. */
	int MAX_ROWS = 50_000;

	enum Format {

		CSV("text/csv", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

		private final String mediaType;

		private final String extension;

		Format(String mediaType, String extension) {
			this.mediaType = mediaType;
			this.extension = extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

		public String extension() {
			return this.extension;
		}

	}

	/** The current user's due claims across their clients. */
	byte[] myWork(QueueFilter filter, Format format);

	/** One client's queue (staff who may work the client). */
	byte[] clientQueue(ClientId client, QueueFilter filter, Format format);

}

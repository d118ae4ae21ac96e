package io.ardesk.imports;

import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * Imports claim and remittance files into a client's ledger. The type is detected from
 * the content. Only staff who may change the client may import; anyone who may read it
 * sees the history.
 */
public interface FileImports {

	/**
	 * Imports one file, all or nothing. The same file again answers
	 * {@link ImportStatus#DUPLICATE} and posts nothing; a malformed one answers
	 * {@link ImportStatus#REJECTED} with errors naming the segment (or line) and
	 * position, and the ledger is unchanged.
	 */
	ImportResult importFile(ClientId client, String fileName, byte[] content, ImportProgress progress);

	/** The client's imports, newest first. */
	List<ImportResult> history(ClientId client, int limit);

}

package io.ardesk.imports;

import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * Imports claim and remittance files into a client's ledger. The type is detected from
 * the content. Only staff who may change the client may import; anyone who may read it
 * sees the history.
 */
public interface FileImports {

	/** The longest file name kept in the import history. */
	int MAX_FILE_NAME_LENGTH = 255;

	/**
	 * Imports one file, all or nothing. The same file again answers
	 * {@link ImportStatus#DUPLICATE} and posts nothing; a malformed one answers
	 * {@link ImportStatus#REJECTED} with errors naming the segment (or line) and
	 * position, and the ledger is unchanged. The errors are written for users: they never
	 * quote database or library messages.
	 * @throws io.ardesk.shared.problem.InvalidInputException naming {@code fileName} when
	 * the name is longer than {@link #MAX_FILE_NAME_LENGTH}; nothing is recorded
	 */
	ImportResult importFile(ClientId client, String fileName, byte[] content, ImportProgress progress);

	/** The client's imports, newest first. */
	List<ImportResult> history(ClientId client, int limit);

}

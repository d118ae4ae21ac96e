package io.ardesk.imports;

/** What became of an imported file. */
public enum ImportStatus {

	/** Read and posted. */
	POSTED,
	/**
	 * The same file (or every remittance in it) was posted before: nothing posted again.
	 */
	DUPLICATE,
	/** Malformed or inconsistent: nothing posted. */
	REJECTED

}

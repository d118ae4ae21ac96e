package io.ardesk.remittance;

/** Where a posting exception stands. */
public enum PostingExceptionStatus {

	/** Waiting for a person. */
	OPEN,
	/** Posted as the remittance gave it. */
	POSTED,
	/** Posted with amounts a person corrected. */
	POSTED_CORRECTED,
	/** Closed without posting, with a reason. */
	DISMISSED

}

package io.ardesk.worklist;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The current text of a note on a claim. Notes are never overwritten: an edit adds a new
 * version and the earlier ones stay readable.
 *
 * @param replacesId the version this one replaced, if it is an edit
 * @param earlier the replaced versions, newest first
 */
public record ClaimNote(long id, String claimNumber, String author, Instant writtenAt, String text, boolean internal,
		@Nullable Long replacesId, List<Version> earlier) {

	public record Version(long id, String author, Instant writtenAt, String text) {
	}

}

package io.ardesk.tenancy;

import java.time.Instant;
import java.util.List;

/**
 * Keeps the official code lists a firm administrator loaded. They belong to the firm, not
 * to a client practice, so they live in the control schema, whose SQL is tenancy's alone.
 * The lists are stored as uploaded; reading them is the {@code codes} module's business.
 */
public interface CodeListStore {

	/**
	 * One kept list, without its content.
	 *
	 * @param kind {@code CARC} or {@code RARC}
	 */
	record KeptList(long id, String kind, String fileName, int codes, String uploadedBy, Instant uploadedAt) {
	}

	/** A kept list's content, to apply again at start-up. */
	record ListContent(String kind, String content) {
	}

	/** Keeps a list; call within the transaction that loaded it. */
	void keep(String kind, String fileName, String content, int codes, String uploadedBy);

	/** The kept lists, newest first. */
	List<KeptList> lists();

	/** Every kept list's content, oldest first, so that later uploads win. */
	List<ListContent> contents();

}

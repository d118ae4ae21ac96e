package io.ardesk.worklist;

import java.util.List;

/**
 * Queue filters the signed-in user saved by name, for My work and the client queues;
 * nobody else sees them.
 */
public interface SavedFilters {

	/** The longest name of a saved filter. */
	int MAX_NAME = 80;

	/** The current user's saved filters, by name. */
	List<SavedFilter> mine();

	/**
	 * Saves the filter under the name (replacing one of the same name); the cursor is not
	 * kept.
	 * @throws io.ardesk.shared.problem.InvalidInputException if the name is blank or too
	 * long
	 */
	SavedFilter save(String name, QueueFilter filter);

	/** Deletes one of the current user's saved filters (nothing if it is not theirs). */
	void delete(long id);

	record SavedFilter(long id, String name, QueueFilter filter) {
	}

}

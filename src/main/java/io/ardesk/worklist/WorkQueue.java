package io.ardesk.worklist;

import java.util.Collection;
import java.util.List;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * The prioritized queues. Only claims whose next action date has come are in a queue;
 * every item says why it is where it is.
 */
public interface WorkQueue {

	/**
	 * The current user's claims due today or earlier, across all their clients, best
	 * first.
	 */
	List<WorkItem> myWork(int limit);

	/**
	 * One client's queue, best first; {@code owner} narrows it ("" for unassigned
	 * claims).
	 */
	List<WorkItem> clientQueue(ClientId client, @Nullable String owner, int limit);

	/**
	 * One client's queue, best first, narrowed by the filter and paged by keyset (no
	 * counting): pass {@link QueueFilter#after(WorkItem)} of the last item for the next
	 * page.
	 */
	List<WorkItem> filteredQueue(ClientId client, QueueFilter filter, int limit);

	/**
	 * Recomputes scores, deadlines and queue membership of the claims that changed (or
	 * all).
	 */
	int refresh(ClientId client, boolean all);

	/** Gives claims to an owner (or takes them back with {@code null}). */
	int assign(ClientId client, Collection<String> claimNumbers, @Nullable String owner);

}

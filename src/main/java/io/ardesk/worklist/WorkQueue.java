package io.ardesk.worklist;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * The prioritized queues. Only claims whose next action date has come are in a queue;
 * every item says why it is where it is. Claims whose every deadline was missed are kept
 * apart ({@link QueueView#DEADLINE_MISSED}), below every claim that can still be saved.
 */
public interface WorkQueue {

	/** The most items one page holds. */
	int MAX_PAGE = 500;

	/**
	 * The current user's claims due today or earlier, across all their clients, best
	 * first.
	 */
	List<WorkItem> myWork(int limit);

	/**
	 * A page of the current user's due claims across all their clients, best first,
	 * narrowed by the filter, with the totals of the whole filter. The owner is the
	 * current user; account managers and administrators may name another in the filter.
	 */
	QueuePage myWork(QueueFilter filter, int offset, int limit);

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
	 * A page of one client's queue by position (keyset when the filter has a cursor),
	 * with the count and balance of everything the filter matches.
	 */
	QueuePage page(ClientId client, QueueFilter filter, int offset, int limit);

	/** How many claims of the client's queue the filter matches, and their balance. */
	QueueTotals totals(ClientId client, QueueFilter filter);

	/**
	 * Recomputes scores, deadlines and queue membership of the claims that changed (or
	 * all).
	 */
	int refresh(ClientId client, boolean all);

	/**
	 * Gives claims to an owner (or takes them back with {@code null}). Account managers
	 * and administrators assign any claim of the client; a specialist only the claims
	 * they own.
	 * @throws io.ardesk.security.ClientAccessDeniedException if a specialist names a
	 * claim someone else owns
	 */
	int assign(ClientId client, Collection<String> claimNumbers, @Nullable String owner);

	/**
	 * Sets the next action of many claims at once (account managers and administrators).
	 * @throws io.ardesk.shared.problem.InvalidInputException if the date is in the past
	 */
	int setNextAction(ClientId client, Collection<String> claimNumbers, LocalDate nextAction);

}

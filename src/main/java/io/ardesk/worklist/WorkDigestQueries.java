package io.ardesk.worklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Read-only questions the reminder jobs ask about a client's queue: what a user has due,
 * and which deadlines come close. Bounded: callers page with keysets.
 */
public interface WorkDigestQueries {

	/**
	 * The open claims the user owns whose next action is due today or earlier: the counts
	 * and the first {@code limit}, the longest overdue first.
	 */
	DueActions dueActions(ClientId client, String owner, LocalDate today, int limit);

	/**
	 * Open claims whose timely-filing or appeal deadline falls from today to
	 * {@code today + days}, by claim id after {@code afterClaimId}, at most
	 * {@code limit}.
	 */
	List<UpcomingDeadline> deadlinesWithin(ClientId client, LocalDate today, int days, long afterClaimId, int limit);

	record DueAction(String claimNumber, LocalDate nextActionDate, BigDecimal balance) {
	}

	/**
	 * @param dueToday next action due today
	 * @param overdue next action due before today
	 */
	record DueActions(long dueToday, long overdue, List<DueAction> first) {

		public boolean isEmpty() {
			return this.dueToday == 0 && this.overdue == 0;
		}

	}

	record UpcomingDeadline(long claimId, String claimNumber, @Nullable String owner, Deadline.Kind kind,
			LocalDate date) {
	}

}

package io.ardesk.worklist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * The questions the reminder jobs ask about a client's queue: what a user has due, and
 * which deadlines come close (recorded once announced). Bounded: every answer holds at
 * most {@code limit} claims.
 */
public interface WorkDigestQueries {

	/**
	 * The open claims the user owns whose next action is due today or earlier: the counts
	 * and the first {@code limit}, the longest overdue first.
	 */
	DueActions dueActions(ClientId client, String owner, LocalDate today, int limit);

	/**
	 * Open claims whose timely-filing or appeal deadline falls from today to
	 * {@code today + days} and that were not announced before, by claim id, at most
	 * {@code limit}: each is recorded as announced (once per claim, kind and date) and
	 * handed to {@code announce}, in one transaction of the client, which the callback's
	 * notifications join. When {@code announce} fails nothing is recorded, so a retry
	 * announces the same claims again and never one twice.
	 * @return how many claims were handed over (fewer than {@code limit}: none is left)
	 */
	int announceDeadlines(ClientId client, LocalDate today, int days, Instant now, int limit,
			Consumer<List<UpcomingDeadline>> announce);

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

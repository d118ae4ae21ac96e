package io.ardesk.closing;

import java.time.YearMonth;
import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * Closes a client's months. A month may be closed once it has ended in the client's time
 * zone; once one month is closed, the next to close is the month right after the last
 * closed one. Closing freezes the month's KPIs and its aging as of the last day; from
 * then on every posting dated on or before the last closed day takes effect on the first
 * day of the open month (keeping the date it was posted for), so the closed month's
 * figures, frozen or computed again, never change. Every method checks that the caller
 * may read (or close in) the client.
 */
public interface MonthCloses {

	/** How many recent months {@link #months} lists besides the older closed ones. */
	int RECENT_MONTHS = 12;

	/**
	 * The current month and the 11 before it, and any older closed month, newest first.
	 */
	List<MonthStatus> months(ClientId client);

	/**
	 * Closes the month: only account managers of the client and firm administrators.
	 * @throws io.ardesk.security.ClientAccessDeniedException for anyone else
	 * @throws io.ardesk.shared.problem.RuleViolationException naming {@code month} when
	 * the month has not ended or is not the next month to close
	 * @throws io.ardesk.shared.problem.ConflictException when it is already closed
	 */
	MonthFigures close(ClientId client, YearMonth month);

	/**
	 * The frozen figures of a closed month, or the figures computed now for an open month
	 * that has ended.
	 * @throws io.ardesk.shared.problem.RuleViolationException naming {@code month} when
	 * the month has not ended
	 */
	MonthFigures figures(ClientId client, YearMonth month);

}

package io.ardesk.closing;

import java.time.Instant;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One month of a client in the month-close list.
 *
 * @param ended whether the month is over in the client's time zone (only then may it be
 * closed or its figures be shown)
 * @param closable whether it is the month the next close would close
 * @param closedBy who closed it, when closed
 */
public record MonthStatus(YearMonth month, MonthState status, boolean ended, boolean closable,
		@Nullable String closedBy, @Nullable Instant closedAt) {
}

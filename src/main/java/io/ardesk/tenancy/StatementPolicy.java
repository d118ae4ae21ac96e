package io.ardesk.tenancy;

import java.math.BigDecimal;

/**
 * The patient statement cycle of a practice (tenant-config {@code statements:}).
 *
 * @param dueDays a statement is due this many days after its date (default 21)
 * @param reminderAfterDays a reminder follows the first statement after at least this
 * many days (default 30)
 * @param finalNoticeAfterDays the final notice follows the reminder after at least this
 * many days (default 30)
 * @param collectionsWaitDays a balance may go to collections this many days after the
 * final notice (default 30)
 * @param minimumBalance no statement for a balance below this (default 5.00)
 * @param cycleDay day of the month of the statement run (default 1)
 */
public record StatementPolicy(int dueDays, int reminderAfterDays, int finalNoticeAfterDays, int collectionsWaitDays,
		BigDecimal minimumBalance, int cycleDay) {

	public static StatementPolicy defaults() {
		return new StatementPolicy(21, 30, 30, 30, new BigDecimal("5.00"), 1);
	}

}

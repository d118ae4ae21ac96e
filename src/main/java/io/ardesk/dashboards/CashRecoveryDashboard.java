package io.ardesk.dashboards;

import java.time.Instant;
import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * The cash-recovery dashboard of a client: the last {@link #WEEKS} weeks of collections,
 * recoveries, aging and roll rates, from the dated journal. Checks that the caller may
 * read the client.
 */
public interface CashRecoveryDashboard {

	int WEEKS = 12;

	/** The weeks ending today (client's time zone), oldest first. */
	CashRecovery weeks(ClientId client);

	/**
	 * The one week (seven days) ending {@code weekEnd}, computed as {@link #weeks}
	 * computes each of its weeks: for reviews of a week other than the one ending today.
	 */
	RecoveryWeek week(ClientId client, java.time.LocalDate weekEnd);

	/** The weeks, oldest first, and when they were computed. */
	record CashRecovery(ClientId client, Instant computedAt, List<RecoveryWeek> weeks) {
	}

}

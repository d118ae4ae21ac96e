package io.ardesk.aging;

import java.time.LocalDate;
import java.util.Optional;

import io.ardesk.tenancy.ClientId;

/**
 * Daily records of each client's aging totals, so that a manager sees how aging moved
 * since last week. A nightly job records every active client.
 */
public interface AgingSnapshots {

	/** Records (or replaces) the client's totals as of the date. */
	void record(ClientId client, LocalDate asOf);

	/** The latest snapshot on or before the date. */
	Optional<AgingSnapshot> onOrBefore(ClientId client, LocalDate date);

}

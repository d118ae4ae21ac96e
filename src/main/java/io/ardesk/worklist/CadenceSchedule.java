package io.ardesk.worklist;

import java.time.LocalDate;

import io.ardesk.tenancy.ClientId;

/**
 * Keeps the client's tighter follow-up schedules (tenant-config {@code cadences:}): a
 * claim of a key client, of a payer with its own cadence, or a high-value claim whose
 * next action lies further out than its last touch plus the cadence is brought forward to
 * it.
 */
public interface CadenceSchedule {

	/**
	 * Brings due dates forward, at most {@code batch} claims per statement; returns how
	 * many claims moved.
	 */
	int apply(ClientId client, LocalDate today, int batch);

}

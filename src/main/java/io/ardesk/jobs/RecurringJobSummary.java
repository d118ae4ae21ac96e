package io.ardesk.jobs;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A recurring job and its most recent per-client runs.
 *
 * @param schedule the cron expression
 * @param zone the time zone the cron expression is read in (JobRunr's: the server's
 * unless the job names one), so that "0 6 * * *" says which 6 o'clock
 * @param lastRun when its trigger last ran, if JobRunr still keeps that run
 * @param clientsSucceeded per-client runs whose latest run succeeded
 * @param clientsFailed per-client runs whose latest run failed (for good or retrying)
 */
public record RecurringJobSummary(String id, String name, String schedule, String zone, @Nullable Instant nextRun,
		@Nullable Instant lastRun, int clientsSucceeded, int clientsFailed) {

}

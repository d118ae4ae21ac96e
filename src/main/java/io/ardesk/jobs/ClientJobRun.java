package io.ardesk.jobs;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The latest run of a recurring job's per-client (or per-user) job.
 *
 * @param subject the client id (or user name) the job ran for
 * @param error the failure's exception type and message (no stack, no data)
 */
public record ClientJobRun(String subject, String jobName, JobOutcome outcome, Instant at, @Nullable Duration duration,
		@Nullable String error) {

}

package io.ardesk.jobs;

import java.util.List;

/** The recurring jobs for firm administrators; everyone else is refused. */
public interface BackgroundJobs {

	List<RecurringJobSummary> recurringJobs();

	/** The latest run per client of a recurring job's per-client job, failures first. */
	List<ClientJobRun> lastRuns(String recurringJobId);

	/**
	 * Enqueues the recurring job's trigger at once (it fans out as on schedule).
	 * @throws io.ardesk.shared.problem.NotFoundException for an unknown id
	 */
	void runNow(String recurringJobId);

}

package io.ardesk.tenancy.internal;

import java.time.Duration;
import java.time.Instant;

import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.configuration.BackgroundJobServerWorkerPolicy;
import org.jobrunr.server.strategy.WorkDistributionStrategy;
import org.jobrunr.server.threadpool.JobRunrExecutor;
import org.jobrunr.server.threadpool.PlatformThreadPoolJobRunrExecutor;
import org.jobrunr.storage.navigation.AmountRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.jobrunr.storage.Paging.AmountBasedList.ascOnUpdatedAt;

/**
 * JobRunr's workers with a short local queue. JobRunr's own policy fetches, whenever a
 * worker turns idle, as many enqueued jobs as workers are idle (usually one), under a
 * lock that makes a worker finding it taken stay idle until the next job ends or the next
 * poll. With the fan-out's thousands of short per-client jobs (a few milliseconds each)
 * the fetch, one job at a time, became a limit (ReminderJobsBenchmark). Here, while the
 * running jobs are short, a fetch tops up a local queue of up to one job per worker once
 * it is down to half of that: a fetch brings several jobs, and a worker that ends a job
 * finds the next. JobRunr marks a fetched job processing; one that waits in the queue
 * when the portal stops is run again at the next start (JobRunr's orphan rule), which the
 * jobs' idempotency keys make harmless.
 */
@Configuration(proxyBeanMethods = false)
class JobRunrWorkerConfiguration {

	/**
	 * A job running for longer than this stops the queueing (JobRunr takes a fetched job
	 * not updated for four poll intervals, 20 s here, for an orphan and runs it again).
	 */
	static final Duration SHORT_JOB = Duration.ofSeconds(2);

	@Bean
	BackgroundJobServerWorkerPolicy backgroundJobServerWorkerPolicy(
			@Value("${jobrunr.background-job-server.worker-count:4}") int workers) {
		return new QueueingWorkerPolicy(workers);
	}

	/** The workers' threads and the fetch size that keeps their queue topped up. */
	static final class QueueingWorkerPolicy implements BackgroundJobServerWorkerPolicy {

		private final int workers;

		/** The running server's workers (a server that starts again gets new ones). */
		private volatile Workers executor;

		QueueingWorkerPolicy(int workers) {
			this.workers = Math.max(1, workers);
			this.executor = new Workers(this.workers);
		}

		@Override
		public WorkDistributionStrategy toWorkDistributionStrategy(BackgroundJobServer server) {
			return new WorkDistributionStrategy() {

				@Override
				public int getWorkerCount() {
					return QueueingWorkerPolicy.this.workers;
				}

				@Override
				public AmountRequest getWorkPageRequest() {
					Instant shortSince = Instant.now().minus(SHORT_JOB);
					boolean allShort = server.getJobSteward()
						.getJobsInProgress()
						.stream()
						.allMatch((job) -> job.getJobState().getCreatedAt().isAfter(shortSince));
					return ascOnUpdatedAt(fetchSize(server.getJobSteward().getOccupiedWorkerCount(),
							QueueingWorkerPolicy.this.executor.queued(), allShort));
				}

			};
		}

		/**
		 * How many jobs to fetch. While every running job is short, enough for every
		 * worker plus a queue of one job per worker, once the queue is down to half of
		 * that; while a long job runs, only for the idle workers (JobRunr's own rule), so
		 * that no fetched job waits long enough to be taken for an orphan.
		 */
		int fetchSize(int busy, int queued, boolean allShort) {
			if (!allShort) {
				return Math.max(0, this.workers - busy - queued);
			}
			if (queued * 2 > this.workers) {
				return 0;
			}
			return Math.max(0, 2 * this.workers - busy - queued);
		}

		@Override
		public JobRunrExecutor toJobRunrExecutor() {
			Workers fresh = new Workers(this.workers);
			this.executor = fresh;
			return fresh;
		}

	}

	/** JobRunr's platform-thread workers, telling how many jobs wait for a thread. */
	static final class Workers extends PlatformThreadPoolJobRunrExecutor {

		Workers(int workers) {
			super(workers, "backgroundjob-worker");
		}

		int queued() {
			return this.executorService.getQueue().size();
		}

	}

}

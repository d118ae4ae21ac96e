package io.ardesk.tenancy.internal;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.server.BackgroundJobPerformer;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.configuration.BackgroundJobServerWorkerPolicy;
import org.jobrunr.server.strategy.WorkDistributionStrategy;
import org.jobrunr.server.threadpool.JobRunrExecutor;
import org.jobrunr.storage.navigation.AmountRequest;
import org.jobrunr.utils.threadpool.NamedThreadFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	/**
	 * JobRunr's workers, each with its own queue: a job for a client (a job whose first
	 * argument is the client id, as every per-client job's) goes to the worker that
	 * client's id picks, so that the jobs of one client keep meeting the same worker
	 * thread, hence the same pooled connection (Hikari gives a thread the connection it
	 * used last when that one is free), hence the same database session. A session that
	 * has worked in a client's schema has that schema's tables and indexes in its caches
	 * and plans their statements without reading the catalog again; a fan-out over 200
	 * clients spread over every session read each schema's catalog once per session
	 * (ReminderJobsBenchmark). A job waits for its own worker, busy with another, at most
	 * {@link #STEAL_AFTER}; then an idle worker takes it (the one that waited longest),
	 * so that a long job of one client never holds up the others. Jobs without a string
	 * first argument go round the workers.
	 */
	static final class Workers implements JobRunrExecutor {

		private static final Logger LOG = LoggerFactory.getLogger(Workers.class);

		/** {@code BackgroundJobPerformer.job}, or null if a JobRunr version moved it. */
		private static final @Nullable Field JOB = jobField();

		/**
		 * How long a job waits for its own worker, busy with another, before an idle
		 * worker takes it: a few of the short per-client jobs.
		 */
		static final Duration STEAL_AFTER = Duration.ofMillis(50);

		private final int count;

		private final long stealAfter;

		private final ReentrantLock lock = new ReentrantLock();

		private final Condition work = this.lock.newCondition();

		private final List<ArrayDeque<Queued>> queues = new ArrayList<>();

		private final boolean[] busy;

		private final List<Thread> threads = new ArrayList<>();

		private int queued;

		private int next;

		private boolean started;

		private boolean stopping;

		Workers(int count) {
			this(count, STEAL_AFTER);
		}

		Workers(int count, Duration stealAfter) {
			this.count = count;
			this.stealAfter = stealAfter.toNanos();
			this.busy = new boolean[count];
			for (int i = 0; i < count; i++) {
				this.queues.add(new ArrayDeque<>());
			}
		}

		@Override
		public int getWorkerCount() {
			return this.count;
		}

		@Override
		public void start() {
			this.lock.lock();
			try {
				if (this.started || this.stopping) {
					return;
				}
				this.started = true;
				NamedThreadFactory factory = new NamedThreadFactory("backgroundjob-worker", false);
				for (int i = 0; i < this.count; i++) {
					int worker = i;
					Thread thread = factory.newThread(() -> work(worker));
					this.threads.add(thread);
					thread.start();
				}
			}
			finally {
				this.lock.unlock();
			}
		}

		/**
		 * Queues a job for its client's worker; ignored unless started (as JobRunr's).
		 */
		@Override
		public void execute(Runnable job) {
			String key = affinity(job);
			this.lock.lock();
			try {
				if (!this.started || this.stopping) {
					return;
				}
				this.queues.get(workerFor(key)).addLast(new Queued(job, System.nanoTime()));
				this.queued++;
				this.work.signalAll();
			}
			finally {
				this.lock.unlock();
			}
		}

		/**
		 * Runs what is queued until empty, then ends; after {@code timeout} less a second
		 * (JobRunr's rule), interrupts the jobs still running and drops the queue
		 * (JobRunr runs those again at the next start: they are orphans then).
		 */
		@Override
		public void stop(Duration timeout) {
			this.lock.lock();
			try {
				this.stopping = true;
				this.work.signalAll();
			}
			finally {
				this.lock.unlock();
			}
			Duration drain = timeout.minusSeconds(1);
			try {
				if (!joinAll(drain.isNegative() ? Duration.ZERO : drain)) {
					this.lock.lock();
					try {
						this.queues.forEach(ArrayDeque::clear);
						this.queued = 0;
					}
					finally {
						this.lock.unlock();
					}
					this.threads.forEach(Thread::interrupt);
					if (!joinAll(timeout)) {
						LOG.warn("JobRunr workers still running after being interrupted at stop");
					}
				}
			}
			catch (InterruptedException ex) {
				this.threads.forEach(Thread::interrupt);
				Thread.currentThread().interrupt();
			}
		}

		/** Jobs waiting for a worker. */
		int queued() {
			this.lock.lock();
			try {
				return this.queued;
			}
			finally {
				this.lock.unlock();
			}
		}

		/** The worker of a client (of an affinity key), or the next one round. */
		int workerFor(@Nullable String key) {
			if (key == null) {
				this.next = (this.next + 1) % this.count;
				return this.next;
			}
			return Math.floorMod(key.hashCode(), this.count);
		}

		private void work(int worker) {
			while (true) {
				Runnable job;
				try {
					job = take(worker);
				}
				catch (InterruptedException ex) {
					return;
				}
				if (job == null) {
					return;
				}
				try {
					job.run();
				}
				catch (RuntimeException | Error ex) {
					// JobRunr's performer records a job's failure itself
					LOG.error("JobRunr worker: uncaught failure of a job runner", ex);
				}
				finally {
					this.lock.lock();
					try {
						this.busy[worker] = false;
					}
					finally {
						this.lock.unlock();
					}
				}
			}
		}

		/**
		 * The worker's next job: its own queue's first, else the first of a busy worker
		 * that has waited for {@link #stealAfter} (the oldest such).
		 */
		private @Nullable Runnable take(int worker) throws InterruptedException {
			this.lock.lock();
			try {
				while (true) {
					Queued own = this.queues.get(worker).pollFirst();
					if (own != null) {
						return started(worker, own.job());
					}
					long now = System.nanoTime();
					ArrayDeque<Queued> oldest = null;
					for (int i = 0; i < this.count; i++) {
						Queued first = this.queues.get(i).peekFirst();
						if (i != worker && this.busy[i] && first != null
								&& (oldest == null || first.since() < oldest.getFirst().since())) {
							oldest = this.queues.get(i);
						}
					}
					if (oldest != null && now - oldest.getFirst().since() >= this.stealAfter) {
						return started(worker, oldest.pollFirst().job());
					}
					if (this.stopping && this.queued == 0) {
						return null;
					}
					if (oldest != null) {
						this.work.awaitNanos(this.stealAfter - (now - oldest.getFirst().since()));
					}
					else {
						this.work.await();
					}
				}
			}
			finally {
				this.lock.unlock();
			}
		}

		private Runnable started(int worker, Runnable job) {
			this.queued--;
			this.busy[worker] = true;
			return job;
		}

		private boolean joinAll(Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			for (Thread thread : this.threads) {
				long left = deadline - System.nanoTime();
				if (left > 0) {
					thread.join(Duration.ofNanos(left));
				}
			}
			return this.threads.stream().noneMatch(Thread::isAlive);
		}

		/**
		 * The job's first argument when it is a string (every per-client job's client
		 * id), else null.
		 */
		static @Nullable String affinity(Runnable runner) {
			if (JOB == null || !(runner instanceof BackgroundJobPerformer)) {
				return null;
			}
			try {
				Job job = (Job) JOB.get(runner);
				List<JobParameter> parameters = job.getJobDetails().getJobParameters();
				if (parameters.isEmpty()) {
					return null;
				}
				return (parameters.getFirst().getObject() instanceof String key) ? key : null;
			}
			catch (IllegalAccessException | RuntimeException ex) {
				return null;
			}
		}

		/** A job in a worker's queue, and since when (nanoTime). */
		private record Queued(Runnable job, long since) {
		}

		private static @Nullable Field jobField() {
			try {
				Field field = BackgroundJobPerformer.class.getDeclaredField("job");
				field.setAccessible(true);
				return field;
			}
			catch (NoSuchFieldException | RuntimeException ex) {
				LOG.warn("JobRunr's job runner has no field 'job': jobs go round the workers without client affinity");
				return null;
			}
		}

	}

}

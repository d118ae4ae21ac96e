package io.ardesk.tenancy.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.jobs.filters.JobDefaultFilters;
import org.jobrunr.server.BackgroundJobPerformer;
import org.jobrunr.server.BackgroundJobServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * JobRunr's workers with client affinity: the jobs of one client meet the same worker
 * thread (hence the same pooled connection and database session), yet no job waits while
 * a worker is idle, and a stop runs what was queued.
 */
class JobRunrWorkersTest {

	final JobRunrWorkerConfiguration.Workers workers = new JobRunrWorkerConfiguration.Workers(4);

	@AfterEach
	void stop() {
		this.workers.stop(Duration.ofSeconds(2));
	}

	@Test
	void aPerClientJobOfJobRunrIsKnownByItsClientId() {
		BackgroundJobServer server = mock(BackgroundJobServer.class);
		when(server.getJobFilters()).thenReturn(new JobDefaultFilters());
		Job perClient = new Job(new JobDetails("io.ardesk.reminders.internal.ClientReminderJobs", null,
				"alertDeadlines", List.of(new JobParameter(String.class, "lakeview-ortho"))));
		Job trigger = new Job(new JobDetails("io.ardesk.reminders.internal.ClientReminderJobs", null,
				"alertDeadlinesOfAllClients", List.of()));

		assertThat(JobRunrWorkerConfiguration.Workers.affinity(new BackgroundJobPerformer(server, perClient)))
			.isEqualTo("lakeview-ortho");
		assertThat(JobRunrWorkerConfiguration.Workers.affinity(new BackgroundJobPerformer(server, trigger))).isNull();
		assertThat(JobRunrWorkerConfiguration.Workers.affinity(() -> {
		})).isNull();
	}

	@Test
	void oneClientsJobsAlwaysGoToTheSameWorkerAndOthersGoRound() {
		int first = this.workers.workerFor("northside-fm");
		for (int i = 0; i < 20; i++) {
			assertThat(this.workers.workerFor("northside-fm")).isEqualTo(first);
		}
		assertThat(List.of(this.workers.workerFor(null), this.workers.workerFor(null), this.workers.workerFor(null),
				this.workers.workerFor(null)))
			.containsExactlyInAnyOrder(0, 1, 2, 3);
	}

	@Test
	void jobsOfOneClientRunOnOneThreadWhileTheWorkersAreFree() throws InterruptedException {
		this.workers.start();
		Map<String, List<String>> threads = new ConcurrentHashMap<>();
		for (int round = 0; round < 5; round++) {
			for (int client = 0; client < 8; client++) {
				String id = "client-" + client;
				CountDownLatch done = new CountDownLatch(1);
				this.workers.execute(keyed(id, () -> {
					threads.computeIfAbsent(id, (k) -> new CopyOnWriteArrayList<>())
						.add(Thread.currentThread().getName());
					done.countDown();
				}));
				assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
			}
		}
		assertThat(threads).hasSize(8);
		threads.forEach((client, names) -> assertThat(names).as(client).hasSize(5).allMatch(names.getFirst()::equals));
		assertThat(threads.values().stream().map(List::getFirst).distinct()).hasSizeGreaterThan(1)
			.allMatch((name) -> name.startsWith("backgroundjob-worker-"));
	}

	@Test
	void anIdleWorkerTakesTheJobsWaitingBehindABusyOne() throws InterruptedException {
		this.workers.start();
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch started = new CountDownLatch(1);
		// a long job of one client, then three short ones of the same client behind it
		this.workers.execute(keyed("huge-client", () -> {
			started.countDown();
			await(release);
		}));
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
		CountDownLatch shortOnes = new CountDownLatch(3);
		List<String> ranOn = new CopyOnWriteArrayList<>();
		for (int i = 0; i < 3; i++) {
			this.workers.execute(keyed("huge-client", () -> {
				ranOn.add(Thread.currentThread().getName());
				shortOnes.countDown();
			}));
		}
		assertThat(shortOnes.await(5, TimeUnit.SECONDS)).as("run by the idle workers meanwhile").isTrue();
		assertThat(this.workers.queued()).isZero();
		release.countDown();
	}

	@Test
	void aJobWaitsBrieflyForItsOwnWorkerRatherThanMovingToAnIdleOne() throws InterruptedException {
		JobRunrWorkerConfiguration.Workers patient = new JobRunrWorkerConfiguration.Workers(4, Duration.ofSeconds(5));
		patient.start();
		try {
			CountDownLatch release = new CountDownLatch(1);
			CountDownLatch started = new CountDownLatch(1);
			List<String> ranOn = new CopyOnWriteArrayList<>();
			patient.execute(keyed("lakeview-ortho", () -> {
				ranOn.add(Thread.currentThread().getName());
				started.countDown();
				await(release);
			}));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			CountDownLatch next = new CountDownLatch(1);
			patient.execute(keyed("lakeview-ortho", () -> {
				ranOn.add(Thread.currentThread().getName());
				next.countDown();
			}));
			assertThat(next.await(200, TimeUnit.MILLISECONDS)).as("the idle workers leave it to its own").isFalse();
			release.countDown();
			assertThat(next.await(5, TimeUnit.SECONDS)).isTrue();
			assertThat(ranOn).hasSize(2).allMatch(ranOn.getFirst()::equals);
		}
		finally {
			patient.stop(Duration.ofSeconds(2));
		}
	}

	@Test
	void aStopRunsWhatWasQueuedAndTakesNothingNew() throws InterruptedException {
		this.workers.start();
		CountDownLatch release = new CountDownLatch(1);
		List<Integer> ran = new CopyOnWriteArrayList<>();
		for (int i = 0; i < 4; i++) {
			int n = i;
			this.workers.execute(keyed("client-" + i, () -> {
				await(release);
				ran.add(n);
			}));
		}
		for (int i = 4; i < 10; i++) {
			int n = i;
			this.workers.execute(keyed("client-" + i, () -> ran.add(n)));
		}
		Thread stopper = Thread.ofPlatform().start(() -> this.workers.stop(Duration.ofSeconds(10)));
		Thread.sleep(100);
		this.workers.execute(() -> ran.add(99));
		release.countDown();
		stopper.join(Duration.ofSeconds(10));
		assertThat(ran).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
	}

	private static Runnable keyed(String client, Runnable work) {
		BackgroundJobServer server = mock(BackgroundJobServer.class);
		when(server.getJobFilters()).thenReturn(new JobDefaultFilters());
		Job job = new Job(new JobDetails("io.ardesk.reminders.internal.ClientReminderJobs", null, "alertDeadlines",
				List.of(new JobParameter(String.class, client))));
		return new BackgroundJobPerformer(server, job) {
			@Override
			public void run() {
				work.run();
			}
		};
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

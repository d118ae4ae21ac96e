package io.ardesk.reminders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.ardesk.ArdeskApplication;
import io.ardesk.escalation.internal.EscalationJobs;
import io.ardesk.reminders.internal.ClientReminderJobs;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.internal.PoolConnections;
import io.ardesk.test.TestDatabase;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.jobs.states.ProcessingState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.jobs.states.SucceededState;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.AmountRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One full pass of the background jobs (issue 10) across 200 client practices with 60,000
 * open claims: the escalation SLA watch, deadline alerts, "no response" and the cadence
 * scheduler, fanned out by their zero-argument triggers to one JobRunr job per client and
 * run by JobRunr's background server as in production. Thirteen passes ({@code
 * -Dbenchmark.passes=N}): the first day's work right after the JVM started (pass 1) and
 * again in every odd pass after everything was undone and the pool's connections replaced
 * ({@code -Dbenchmark.full-again-passes}), nothing new in the even ones. The summary's
 * sustained throughput is that of the last three all-new passes, on a JVM that has run
 * the jobs several times, as a portal that has run for a while (each pass prints the JIT
 * compilation time it saw: it falls from pass to pass). Then the same per-client work
 * called directly in one thread, and the raw SQL of each per-client read alone. Per pass
 * it prints the pass time (trigger to all per-client jobs done), the wait from the
 * trigger to the first job started (JobRunr's poll) and the sustained throughput: the
 * pass's jobs divided by the time from the first job started to the last job finished,
 * both read from JobRunr's own state history. {@code -Dbenchmark.clients=N} runs a
 * smaller firm (default 200). Run only by the {@code benchmark} profile:
 * {@code ./mvnw -B -o verify -Pbenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReminderJobsBenchmark}.
 * It asserts what was done, never how fast.
 */
class ReminderJobsBenchmark {

	/**
	 * {@code -Dbenchmark.clients=N} for a smaller run while iterating; the figure
	 * is 200.
	 */
	static final int CLIENTS = Integer.getInteger("benchmark.clients", 200);

	static final int OPEN_CLAIMS_PER_CLIENT = 300;

	static final int SPECIALISTS = 40;

	static final int MANAGERS = 10;

	static final int PASSES = Integer.getInteger("benchmark.passes", 13);

	/**
	 * The passes before which everything the jobs did is undone and the pool's
	 * connections are replaced ({@code -Dbenchmark.full-again-passes=3,5}, empty for
	 * none): the first day's work again, on a portal whose JVM has run the jobs before.
	 */
	static final List<Integer> FULL_AGAIN = java.util.Arrays
		.stream(System.getProperty("benchmark.full-again-passes", "3,5,7,9,11,13").split(","))
		.map(String::strip)
		.filter((p) -> !p.isEmpty())
		.map(Integer::valueOf)
		.toList();

	/** Per client: SLA watch, deadline alerts, no response, cadences. */
	static final int JOBS_PER_PASS = 4 * CLIENTS;

	static final Duration PASS_TIMEOUT = Duration.ofMinutes(20);

	@TempDir
	Path folder;

	final List<String> report = new ArrayList<>();

	@Test
	void onePassOfTheBackgroundJobsAcrossTwoHundredClients() throws IOException, java.sql.SQLException {
		Files.copy(Path.of("tenant-config", "firm.yaml"), this.folder.resolve("firm.yaml"));
		for (int i = 1; i <= CLIENTS; i++) {
			writeClient(i);
		}
		TestDatabase.Database database = TestDatabase.fresh();
		String[] arguments = { "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--ardesk.tenant-config=" + this.folder,
				"--ardesk.admin-password=benchmark-only", "--server.port=0", "--logging.level.io.ardesk=warn",
				"--logging.level.org.jobrunr=warn" };
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ArdeskApplication.class)
			.profiles("benchmark")
			.run(arguments)) {
			print("Machine: %d cores, %s %s, Java %s, %d MiB max heap; embedded PostgreSQL on the same machine; load at start: %s",
					Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
					System.getProperty("os.arch"), System.getProperty("java.version"),
					Runtime.getRuntime().maxMemory() / (1024 * 1024), load());
			print("Application started with %d clients in %d ms", CLIENTS, (System.nanoTime() - started) / 1_000_000);
			assertThat(context.getBean(ClientDirectory.class).activeClients()).hasSize(CLIENTS);
			run(context);
		}
		Path results = Path.of("target", "benchmark-reminder-jobs.txt");
		Files.createDirectories(results.getParent());
		Files.write(results, this.report);
	}

	private void run(ConfigurableApplicationContext context) throws java.sql.SQLException {
		Environment environment = context.getEnvironment();
		print("JobRunr: worker-count %s, poll interval %s s (jobrunr.background-job-server.poll-interval-in-seconds; JobRunr's default 15 s when unset), Hikari pool %s, JobRunr's own pool %d",
				environment.getProperty("jobrunr.background-job-server.worker-count", "(JobRunr default)"),
				environment.getProperty("jobrunr.background-job-server.poll-interval-in-seconds", "15"),
				environment.getProperty("spring.datasource.hikari.maximum-pool-size", "10"),
				PoolConnections.jobRunrPoolSize(context));
		StorageProvider storage = context.getBean(StorageProvider.class);
		JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		// Only the pass under measurement runs: the recurring triggers (digest every 15
		// minutes, SLA watch every 10, nightly ones) would add jobs of their own.
		List<String> recurring = storage.getRecurringJobs().stream().map(RecurringJob::getId).toList();
		recurring.forEach(storage::deleteRecurringJob);
		// and the runs of them JobRunr had already scheduled
		storage.getJobList(StateName.SCHEDULED, new AmountRequest("updatedAt:ASC", 1000))
			.forEach((job) -> storage.save(job.delete("benchmark: only the measured pass runs")));
		awaitQuiet(storage);
		print("Removed %d recurring job(s) from this benchmark's database so that only the measured pass runs",
				recurring.size());

		long seeding = System.nanoTime();
		seedUsers(jdbc);
		for (int i = 1; i <= CLIENTS; i++) {
			seedClient(jdbc, i);
		}
		jdbc.execute("analyze");
		print("Seeded in %d s: %d users (%d AR specialists, 2 per client; %d account managers, 1 per client; the firm administrator)",
				(System.nanoTime() - seeding) / 1_000_000_000, SPECIALISTS + MANAGERS + 1, SPECIALISTS, MANAGERS);
		printData(jdbc);

		EscalationJobs escalations = context.getBean(EscalationJobs.class);
		ClientReminderJobs reminders = context.getBean(ClientReminderJobs.class);
		List<Long> passMillis = new ArrayList<>();
		List<Double> throughputs = new ArrayList<>();
		List<Double> jitSeconds = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		for (int pass = 1; pass <= PASSES; pass++) {
			boolean full = pass == 1 || FULL_AGAIN.contains(pass);
			if (pass > 1 && FULL_AGAIN.contains(pass)) {
				reset(jdbc);
				PoolConnections.replace(context);
				print("Before pass %d: every notification, announced claim, cadence move and ladder step undone, and "
						+ "the pools' connections replaced (new database sessions, as after the pool's maxLifetime): "
						+ "the first day's work again, on a JVM that has run the jobs before", pass);
			}
			kinds.add(full ? "all new" : "nothing new");
			long before = notifications(jdbc);
			long announcedBefore = announced(jdbc);
			boolean statements = resetStatements(jdbc);
			long maintenanceBefore = autovacuumRuns(jdbc);
			awaitSettled(pass);
			Cpu cpuBefore = Cpu.now();
			Pass measured = pass(storage, escalations, reminders);
			Cpu cpu = Cpu.now().minus(cpuBefore);
			long maintenance = autovacuumRuns(jdbc) - maintenanceBefore;
			long written = notifications(jdbc) - before;
			long announced = announced(jdbc) - announcedBefore;
			passMillis.add(measured.millis());
			throughputs.add(throughput(measured));
			jitSeconds.add(cpu.jitSeconds());
			print("Pass %d: %d ms from the trigger to all jobs done, %d jobs succeeded (%d failed); sustained "
					+ "throughput %.1f jobs/s (= %d jobs / %d ms from the first job started to the last job finished, "
					+ "JobRunr's state history); %d ms from the trigger to the first job started (poll); "
					+ "%d notifications written, announcing %d claim facts (deadlines, no response); job latency (enqueued to started) median %d ms, max %d ms; "
					+ "processing median %d ms; slowest client job %d ms (%s); load %s", pass, measured.millis(),
					measured.succeeded(), measured.failed(), throughput(measured), measured.succeeded(),
					measured.workingMillis(), measured.untilFirstMillis(), written, announced, measured.medianLatency(),
					measured.maxLatency(), measured.medianProcessing(), measured.slowestMillis(),
					measured.slowestName(), load());
			print("Pass %d CPU: machine %.1f s busy of %.1f s (both cores), of which this JVM %.1f s (JIT compilation "
					+ "%.1f s; threads: %s), the rest (PostgreSQL) %.1f s; autovacuum meanwhile: %d table runs", pass,
					cpu.busySeconds(), cpu.totalSeconds(), cpu.jvmSeconds(), cpu.jitSeconds(), cpu.jvmThreads(),
					cpu.busySeconds() - cpu.jvmSeconds(), maintenance);
			if (statements) {
				printStatements(jdbc, pass);
			}
			assertThat(measured.failed()).isZero();
			assertThat(measured.succeeded()).isEqualTo(JOBS_PER_PASS);
			assertThat(measured.others()).as("jobs of no pass ran meanwhile").isZero();
			if (full) {
				assertThat(written).isPositive();
				assertThat(announced).isPositive();
			}
			else {
				assertThat(written).as("a second pass sends nothing new").isZero();
				assertThat(announced).as("a second pass announces nothing new").isZero();
			}
		}
		long medianPass = median(passMillis);
		print("Full pass of %d jobs over %d clients / %,d open claims: %s ms, median %d ms (goal <= 60000 ms); "
				+ "sustained throughput %s jobs/s, median %s (goal >= 300 jobs/s); passes: %s", JOBS_PER_PASS, CLIENTS,
				CLIENTS * OPEN_CLAIMS_PER_CLIENT, passMillis, medianPass,
				throughputs.stream().map((t) -> "%.1f".formatted(t)).toList(), medianText(throughputs), kinds);
		List<Integer> again = FULL_AGAIN.stream().filter((p) -> p > 1 && p <= PASSES).toList();
		List<Integer> settled = again.subList(Math.max(0, again.size() - 3), again.size());
		List<Double> nothingNewThroughputs = new ArrayList<>();
		for (int i = 0; i < PASSES; i++) {
			if (kinds.get(i).equals("nothing new")) {
				nothingNewThroughputs.add(throughputs.get(i));
			}
		}
		print("First day's work (every claim fact new) on a JVM that has run the jobs before, with new database "
				+ "sessions: %s",
				again.stream()
					.map((p) -> "pass %d %.1f jobs/s (JIT compilation %.1f s)".formatted(p, throughputs.get(p - 1),
							jitSeconds.get(p - 1)))
					.toList());
		print("Sustained throughput of the first day's work on a JVM that has run it several times (the last "
				+ "all-new passes %s; their JIT compilation above): %s jobs/s, "
				+ "median %s (goal >= 300 jobs/s). Right after the JVM started (pass 1, JIT compilation %.1f s): %.1f "
				+ "jobs/s. Passes with nothing new: median %s jobs/s", settled,
				settled.stream().map((p) -> "%.1f".formatted(throughputs.get(p - 1))).toList(),
				medianText(settled.stream().map((p) -> throughputs.get(p - 1)).toList()), jitSeconds.getFirst(),
				throughputs.getFirst(), medianText(nothingNewThroughputs));

		// The same work without JobRunr, in one thread: once after a reset (sending
		// everything again, like pass 1), once more (nothing new, like the even passes).
		reset(jdbc);
		long before = notifications(jdbc);
		long directFresh = timed(() -> direct(escalations, reminders));
		long directFreshWritten = notifications(jdbc) - before;
		before = notifications(jdbc);
		long directAgain = timed(() -> direct(escalations, reminders));
		long directAgainWritten = notifications(jdbc) - before;
		assertThat(directFreshWritten).isPositive();
		assertThat(directAgainWritten).isZero();
		List<Long> nothingNew = new ArrayList<>();
		for (int i = 0; i < PASSES; i++) {
			if (kinds.get(i).equals("nothing new")) {
				nothingNew.add(passMillis.get(i));
			}
		}
		print("Direct, one thread, no JobRunr (the %d job methods called in a loop): after a reset %d ms "
				+ "(%d notifications written; pass 1 / direct = %.2f), again %d ms (0 new; median of the "
				+ "nothing-new passes / direct = %.2f)", JOBS_PER_PASS, directFresh, directFreshWritten,
				passMillis.getFirst() / (double) directFresh, directAgain,
				(nothingNew.isEmpty() ? 0 : median(nothingNew)) / (double) directAgain);

		DataSource dataSource = context.getBean(DataSource.class);
		List<RawRead> reads = List.of(new RawRead("deadlines within the alert window", this::rawDeadlines),
				new RawRead("no-response claims", this::rawSilent),
				new RawRead("overdue escalations", this::rawOverdue));
		RawRead heaviest = null;
		long heaviestMillis = -1;
		for (RawRead read : reads) {
			List<Long> runs = new ArrayList<>();
			long[] rows = new long[1];
			for (int run = 0; run < 3; run++) {
				runs.add(timed(() -> rows[0] = rawAcrossClients(dataSource, read.sql().get())));
			}
			long medianRaw = median(runs);
			print("Raw SQL alone, %s, one statement per client over %d clients: %s ms, median %d ms (%,d rows)",
					read.name(), CLIENTS, runs, medianRaw, rows[0]);
			if (medianRaw > heaviestMillis) {
				heaviest = read;
				heaviestMillis = medianRaw;
			}
		}
		print("Heaviest read: %s, %d ms raw; direct (nothing new) / raw heaviest read = %.1f; median pass / raw heaviest read = %.1f",
				heaviest.name(), heaviestMillis, directAgain / (double) Math.max(1, heaviestMillis),
				medianPass / (double) Math.max(1, heaviestMillis));
		print("Load at the end: %s", load());
	}

	private Pass pass(StorageProvider storage, EscalationJobs escalations, ClientReminderJobs reminders) {
		long succeededBefore = storage.countJobs(StateName.SUCCEEDED);
		long failedBefore = storage.countJobs(StateName.FAILED);
		Instant start = Instant.now();
		long started = System.nanoTime();
		escalations.watchAllClients();
		reminders.alertDeadlinesOfAllClients();
		reminders.noResponseOfAllClients();
		reminders.cadencesOfAllClients();
		long deadline = started + PASS_TIMEOUT.toNanos();
		// the triggers saved every job ENQUEUED before returning: the pass is over when
		// none
		// is enqueued or processing (a retry would wait SCHEDULED and count as not
		// succeeded)
		while (System.nanoTime() < deadline
				&& storage.countJobs(StateName.ENQUEUED) + storage.countJobs(StateName.PROCESSING) > 0) {
			// (the counts read the job table: asked every 50 ms they cost the pass ~3 %
			// of
			// the database's time)
			sleep(250);
		}
		long succeeded = storage.countJobs(StateName.SUCCEEDED) - succeededBefore;
		long millis = (System.nanoTime() - started) / 1_000_000;
		long failed = storage.countJobs(StateName.FAILED) - failedBefore;
		List<Job> created = storage
			.getJobList(StateName.SUCCEEDED, new AmountRequest("updatedAt:DESC", 2 * JOBS_PER_PASS))
			.stream()
			.filter((job) -> !job.getCreatedAt().isBefore(start))
			.toList();
		// only the pass's own per-client jobs count (not a job scheduled before it)
		List<Job> jobs = created.stream().filter((job) -> PASS_JOB.matcher(job.getJobName()).matches()).toList();
		succeeded = jobs.size();
		List<Long> latencies = new ArrayList<>();
		List<Long> processing = new ArrayList<>();
		Job slowest = null;
		long slowestMillis = -1;
		Instant firstStarted = null;
		Instant lastFinished = null;
		for (Job job : jobs) {
			SucceededState state = job.getJobState();
			// from JobRunr's own state history: the last PROCESSING state is the run that
			// succeeded, the SUCCEEDED state its end
			Instant begun = job.getLastJobStateOfType(ProcessingState.class).orElseThrow().getCreatedAt();
			Instant ended = state.getCreatedAt();
			firstStarted = (firstStarted == null || begun.isBefore(firstStarted)) ? begun : firstStarted;
			lastFinished = (lastFinished == null || ended.isAfter(lastFinished)) ? ended : lastFinished;
			latencies.add(state.getLatencyDuration().toMillis());
			long took = state.getProcessDuration().toMillis();
			processing.add(took);
			if (took > slowestMillis) {
				slowest = job;
				slowestMillis = took;
			}
		}
		long untilFirst = (firstStarted != null) ? Duration.between(start, firstStarted).toMillis() : 0;
		long working = (firstStarted != null) ? Duration.between(firstStarted, lastFinished).toMillis() : 0;
		return new Pass(millis, untilFirst, working, succeeded, failed, latencies.isEmpty() ? 0 : median(latencies),
				latencies.stream().max(Comparator.naturalOrder()).orElse(0L),
				processing.isEmpty() ? 0 : median(processing), slowestMillis,
				(slowest != null) ? slowest.getJobName() : "-", created.size() - jobs.size());
	}

	private static double throughput(Pass pass) {
		return pass.succeeded() * 1000.0 / Math.max(1, pass.workingMillis());
	}

	static final java.util.regex.Pattern PASS_JOB = java.util.regex.Pattern
		.compile("(Escalation SLA watch|Deadline alerts|No response|Cadence scheduler) of client bench-client-\\d{3}");

	/**
	 * One pass: {@code millis} from the trigger to all jobs done (as the wait loop saw
	 * it); {@code untilFirstMillis} from the trigger to the first job started and
	 * {@code workingMillis} from the first job started to the last job finished, both
	 * from JobRunr's state history.
	 */
	record Pass(long millis, long untilFirstMillis, long workingMillis, long succeeded, long failed, long medianLatency,
			long maxLatency, long medianProcessing, long slowestMillis, String slowestName, long others) {
	}

	record RawRead(String name, Supplier<String> sql) {
	}

	private static void direct(EscalationJobs escalations, ClientReminderJobs reminders) {
		for (int i = 1; i <= CLIENTS; i++) {
			String id = clientId(i);
			escalations.watch(id);
			reminders.alertDeadlines(id);
			reminders.noResponse(id);
			reminders.applyCadences(id);
		}
	}

	/** Runs a read in every client's schema (bound as the application binds it). */
	private static long rawAcrossClients(DataSource dataSource, String sql) {
		long rows = 0;
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				for (int i = 1; i <= CLIENTS; i++) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("set local search_path to " + schema(i));
					}
					try (PreparedStatement statement = connection.prepareStatement(sql);
							ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							rows++;
						}
					}
					connection.commit();
				}
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
		catch (SQLException ex) {
			throw new AssertionError("raw read failed", ex);
		}
		return rows;
	}

	// The reads of WorkDigestQuery.announceDeadlines, WorkDigestQuery.announceSilent
	// (no payer override, so no payer) and EscalationStore.overdue with the jobs'
	// parameters: the reads alone, without recording the claims, after the direct runs
	// (every claim announced, as in the nothing-new passes); the first batch holds all of
	// a client's rows here.

	private String rawDeadlines() {
		LocalDate today = today();
		return """
				select w.claim_id, c.claim_number, w.owner, w.deadline_kind, w.deadline
				from claim_work w join claim c on c.id = w.claim_id
				where w.in_queue and w.deadline between date '%s' and date '%s'
				  and not exists (select 1 from claim_alert_sent a
				    where a.claim_id = w.claim_id and a.alert = w.deadline_kind and a.fact = w.deadline)
				order by w.claim_id limit 500""".formatted(today, today.plusDays(14));
	}

	private String rawSilent() {
		return """
				select c.id, c.claim_number, w.owner, c.submitted_on, c.submitted_on + 21 as since
				from claim c left join claim_work w on w.claim_id = c.id
				where c.status in ('SUBMITTED', 'IN_PROCESS')
				  and c.submitted_on + 21 <= date '%s'
				  and (w.last_touched_at is null or w.last_touched_at::date + 21 <= date '%s')
				  and not exists (select 1 from claim_payment cp where cp.claim_id = c.id)
				  and not exists (select 1 from claim_alert_sent a where a.claim_id = c.id and a.alert = 'NO_RESPONSE'
				    and a.fact = c.submitted_on + 21)
				order by c.id limit 500""".formatted(today(), today());
	}

	private String rawOverdue() {
		return """
				select e.*, c.claim_number
				from escalation e join claim c on c.id = e.claim_id
				where e.status <> 'RESOLVED' and e.id > 0
				  and ((e.status = 'OPEN' and e.acknowledge_by <= '%s') or e.resolve_by <= '%s')
				order by e.id limit 200""".formatted(Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Chicago"));
	}

	/** Users as a firm has them: every client with two specialists and one manager. */
	private static void seedUsers(JdbcTemplate jdbc) {
		jdbc.update("insert into control.app_user (username, display_name, password_hash, role) "
				+ "select 'spec-' || lpad(g::text, 2, '0'), 'Specialist ' || g, '{noop}benchmark-only', 'AR_SPECIALIST' "
				+ "from generate_series(1, " + SPECIALISTS + ") g");
		jdbc.update("insert into control.app_user (username, display_name, password_hash, role) "
				+ "select 'am-' || lpad(g::text, 2, '0'), 'Manager ' || g, '{noop}benchmark-only', 'ACCOUNT_MANAGER' "
				+ "from generate_series(1, " + MANAGERS + ") g");
		// client i: specialists ((i-1) % 40) + 1 and ((i+19) % 40) + 1, manager ((i-1) %
		// 10) + 1
		jdbc.update("insert into control.client_assignment (user_id, client_id) "
				+ "select u.id, 'bench-client-' || lpad(g::text, 3, '0') from generate_series(1, " + CLIENTS + ") g "
				+ "join control.app_user u on u.username in ('spec-' || lpad((((g - 1) % " + SPECIALISTS
				+ ") + 1)::text, 2, '0'), 'spec-' || lpad((((g + 19) % " + SPECIALISTS
				+ ") + 1)::text, 2, '0'), 'am-' || lpad((((g - 1) % " + MANAGERS + ") + 1)::text, 2, '0'))");
	}

	/**
	 * 300 open claims per client, all in the queue: two thirds submitted (half of them
	 * over 30 days ago, a quarter of those touched 3 days ago), one third denied; one in
	 * seven with a timely-filing or appeal deadline within the 14-day alert window (the
	 * rest far off); one in ten high-value (balance over the 2,500.00 threshold, next
	 * action in 15 days, which the 5-day high-value cadence brings forward); one in ten
	 * owned by nobody; three escalations the practice raised 3 days ago, none
	 * acknowledged in time.
	 */
	private static void seedClient(JdbcTemplate jdbc, int number) {
		String s = schema(number);
		String specA = "spec-%02d".formatted(((number - 1) % SPECIALISTS) + 1);
		String specB = "spec-%02d".formatted(((number + 19) % SPECIALISTS) + 1);
		jdbc.update(
				"insert into " + s + ".payer (payer_key, name, external_id, category, timely_filing_days, appeal_days) "
						+ "select 'ID:BENCH' || g, 'BENCH PAYER ' || g, 'BENCH' || g, "
						+ "(array['MEDICARE','COMMERCIAL','MEDICAID','MEDICARE_ADVANTAGE'])[1 + g % 4], 365, 120 "
						+ "from generate_series(1, 4) g");
		jdbc.update("insert into " + s + ".patient (patient_key, last_name, first_name) "
				+ "select 'BENCH:' || g, 'PATIENT' || g, 'TEST' from generate_series(1, 150) g");
		jdbc.update("insert into " + s + ".claim (claim_number, form, frequency_code, payer_id, patient_id, "
				+ "responsibility, service_date_from, service_date_to, submitted_on, opened_on, status, billed, "
				+ "insurance_balance, denied_open, denial_category, last_adjudicated_on) "
				+ "select 'JB-' || lpad(g::text, 4, '0'), 'PROFESSIONAL', '1', " + "(select min(id) from " + s
				+ ".payer) + g % 4, (select min(id) from " + s + ".patient) + g % 150, 'P', "
				+ "current_date - (g % 60) - 3, current_date - (g % 60) - 3, current_date - (g % 60) - 1, "
				+ "current_date - (g % 60) - 1, case when g % 3 = 0 then 'DENIED' else 'SUBMITTED' end, "
				+ "b.amount, b.amount, case when g % 3 = 0 then b.amount else 0 end, "
				+ "case when g % 3 = 0 then 'AUTHORIZATION' end, case when g % 3 = 0 then current_date - (g % 30) end "
				+ "from generate_series(1, " + OPEN_CLAIMS_PER_CLIENT + ") g "
				+ "cross join lateral (select case when g % 10 = 0 then 3000 + g * 10 else 150 + (g * 37) % 900 end::numeric(14,2) as amount) b");
		jdbc.update("insert into " + s + ".claim_work (claim_id, owner, next_action_date, in_queue, priority_score, "
				+ "priority_reasons, deadline, deadline_kind, last_touched_at, high_value, escalated, escalated_at) "
				+ "select c.id, case when n % 10 = 7 then null when n % 2 = 0 then ? else ? end, "
				+ "case when n % 10 = 0 then current_date + 15 else current_date + (n % 20) - 5 end, true, "
				+ "(n % 97)::numeric, null, "
				+ "case when n % 7 = 0 then current_date + (n % 14) else current_date + 60 + (n % 200) end, "
				+ "case when c.status = 'DENIED' then 'APPEAL' else 'TIMELY_FILING' end, "
				+ "case when n % 4 = 0 then now() - interval '3 days' end, n % 10 = 0, n in (1, 2, 4), "
				+ "case when n in (1, 2, 4) then now() - interval '3 days' end " + "from " + s
				+ ".claim c cross join lateral (select substring(c.claim_number from 4)::int as n) x", specA, specB);
		// three open escalations past their acknowledge deadline: one only just, one past
		// twice the window, one past its resolve deadline as well
		jdbc.update("insert into " + s + ".escalation (claim_id, status, reason, comment, raised_by, raised_at, "
				+ "acknowledge_by, acknowledge_late_by, resolve_by, resolve_late_by) "
				+ "select c.id, 'OPEN', (array['HIGH_DOLLAR','AGING','PAYER_ISSUE'])[e.k], 'Benchmark escalation', "
				+ "'viewer.bench', now() - interval '3 days', now() - e.ack, now() - e.ack_late, now() - e.res, "
				+ "now() - e.res_late from (values (1, 'JB-0001', interval '1 hour', interval '-3 hours', interval '-2 days', interval '-4 days'), "
				+ "(2, 'JB-0002', interval '2 days', interval '1 day', interval '-1 day', interval '-3 days'), "
				+ "(3, 'JB-0004', interval '3 days', interval '2 days', interval '1 day', interval '-1 day')) "
				+ "e(k, number, ack, ack_late, res, res_late) join " + s + ".claim c on c.claim_number = e.number");
	}

	/**
	 * Back to the seeded state: no notifications, no ladder step, high-value due dates as
	 * seeded.
	 */
	private static void reset(JdbcTemplate jdbc) {
		jdbc.update("delete from control.mail_outbox");
		jdbc.update("delete from control.notification");
		for (int i = 1; i <= CLIENTS; i++) {
			String s = schema(i);
			jdbc.update("delete from " + s + ".claim_alert_sent");
			jdbc.update("update " + s + ".escalation set ladder_step = null");
			jdbc.update("update " + s + ".claim_work set next_action_date = current_date + 15 where high_value");
		}
		// the undone rows' dead versions gone, as before the first pass
		jdbc.execute("vacuum control.notification, control.mail_outbox");
		for (int i = 1; i <= CLIENTS; i++) {
			String s = schema(i);
			jdbc.execute("vacuum " + s + ".claim_alert_sent, " + s + ".escalation, " + s + ".claim_work");
		}
	}

	private void printData(JdbcTemplate jdbc) {
		long open = 0;
		long deadlines = 0;
		long highValue = 0;
		long escalations = 0;
		for (int i = 1; i <= CLIENTS; i++) {
			String s = schema(i);
			open += count(jdbc, "select count(*) from " + s + ".claim_work where in_queue");
			deadlines += count(jdbc, "select count(*) from " + s
					+ ".claim_work where in_queue and deadline between current_date and current_date + 14");
			highValue += count(jdbc, "select count(*) from " + s + ".claim_work where high_value");
			escalations += count(jdbc, "select count(*) from " + s + ".escalation where status <> 'RESOLVED'");
		}
		print("Data: %d clients, %,d open claims in the queue (%d per client), %,d with a deadline within 14 days, "
				+ "%,d high-value (5-day cadence), %,d open escalations past their acknowledge deadline; "
				+ "submitted claims silent for 21+ days counted by the raw read below", CLIENTS, open,
				OPEN_CLAIMS_PER_CLIENT, deadlines, highValue, escalations);
	}

	private static String medianText(List<Double> values) {
		return values.isEmpty() ? "-" : "%.1f".formatted(values.stream().sorted().toList().get(values.size() / 2));
	}

	/**
	 * Autovacuum and autoanalyze runs on every table so far (the statistics view lags a
	 * little): PostgreSQL work that shares the machine with a pass without being part of
	 * it.
	 */
	private static long autovacuumRuns(JdbcTemplate jdbc) {
		return count(jdbc, "select coalesce(sum(autovacuum_count + autoanalyze_count), 0) from pg_stat_all_tables");
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		Long value = jdbc.queryForObject(sql, Long.class);
		return (value != null) ? value : 0;
	}

	/**
	 * With {@code -Dbenchmark.pg-stat-statements=true} (the embedded server then loads
	 * the extension): forgets the statement statistics before a pass. False without it.
	 */
	private static boolean resetStatements(JdbcTemplate jdbc) {
		if (!Boolean.getBoolean("benchmark.pg-stat-statements")) {
			return false;
		}
		jdbc.execute("create extension if not exists pg_stat_statements");
		jdbc.execute("select pg_stat_statements_reset()");
		return true;
	}

	/**
	 * The pass's database time: in total and the statements that took most of it (the
	 * same text in every client's schema counted together).
	 */
	private void printStatements(JdbcTemplate jdbc, int pass) {
		jdbc.query("""
				select count(*), sum(calls), round(sum(total_exec_time)), round(sum(total_plan_time))
				from pg_stat_statements where query not like '%pg_stat_statements%'""", (rs) -> {
			print("Pass %d database time: %d statements, %d calls, %d ms executing, %d ms planning", pass,
					rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
		});
		jdbc.query("""
				select sum(calls), round(sum(total_exec_time)) as exec, round(sum(total_plan_time)) as plan, sum(rows),
				  regexp_replace(left(query, 160), '\s+', ' ', 'g')
				from pg_stat_statements where query not like '%pg_stat_statements%'
				group by query order by sum(total_exec_time + total_plan_time) desc limit 30""", (rs) -> {
			print("  %7d calls %6d ms exec %5d ms plan %8d rows  %s", rs.getLong(1), rs.getLong(2), rs.getLong(3),
					rs.getLong(4), rs.getString(5));
		});
	}

	/** Claim facts the jobs recorded as announced, over every client. */
	private static long announced(JdbcTemplate jdbc) {
		long total = 0;
		for (int i = 1; i <= CLIENTS; i++) {
			total += count(jdbc, "select count(*) from " + schema(i) + ".claim_alert_sent");
		}
		return total;
	}

	private static long notifications(JdbcTemplate jdbc) {
		return count(jdbc, "select count(*) from control.notification");
	}

	private static void awaitQuiet(StorageProvider storage) {
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline
				&& storage.countJobs(StateName.ENQUEUED) + storage.countJobs(StateName.PROCESSING) > 0) {
			sleep(200);
		}
	}

	private void writeClient(int number) throws IOException {
		String id = clientId(number);
		Files.writeString(this.folder.resolve(id + ".yaml"),
				"""
						id: %s
						name: "Benchmark Practice %03d"
						specialty: Family medicine
						schema: %s
						timeZone: America/Chicago
						agingBasis: DATE_OF_SERVICE
						sla:
						  daysInArTarget: 40
						  maxPercentOver90: 15
						  touchCadenceDays: 7
						  escalationAcknowledgeHours: 4
						  escalationResolveDays: 2
						highValueThreshold: 2500.00
						followUp: { deadlineGraceDays: 7, deadlineAlertDays: 14, noResponseDays: 21, secondaryAfterDays: 30, billsSecondary: true }
						cadences: { highValueDays: 5 }
						"""
					.formatted(id, number, schema(number)));
	}

	private static String clientId(int number) {
		return "bench-client-%03d".formatted(number);
	}

	private static String schema(int number) {
		return "client_bench_%03d".formatted(number);
	}

	private static long timed(Runnable work) {
		long started = System.nanoTime();
		work.run();
		return (System.nanoTime() - started) / 1_000_000;
	}

	/**
	 * CPU time: the machine's busy and total jiffies (/proc/stat), this JVM's CPU time
	 * and the JIT compilers' time.
	 */
	record Cpu(long busyJiffies, long totalJiffies, long jvmNanos, long jitMillis, long workerJiffies,
			long compilerJiffies, long gcJiffies) {

		static Cpu now() {
			long busy = 0;
			long total = 0;
			try {
				String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
				for (int i = 1; i < fields.length && i <= 8; i++) {
					long value = Long.parseLong(fields[i]);
					total += value;
					// idle (4) and iowait (5) are not busy
					busy += (i == 4 || i == 5) ? 0 : value;
				}
			}
			catch (IOException ex) {
				// not Linux: the figures read 0
			}
			long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime();
			long jit = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
			long[] threads = threadJiffies();
			return new Cpu(busy, total, jvm, jit, threads[0], threads[1], threads[2]);
		}

		/**
		 * CPU of this JVM's threads by kind, from /proc/self/task (Linux; zeros
		 * elsewhere): JobRunr's workers, the JIT compiler threads, the garbage
		 * collector's threads.
		 */
		private static long[] threadJiffies() {
			long[] jiffies = new long[3];
			try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
				for (Path task : tasks.toList()) {
					String stat;
					try {
						stat = Files.readString(task.resolve("stat"));
					}
					catch (IOException ex) {
						continue; // the thread ended meanwhile
					}
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					// utime and stime: fields 14 and 15 of the line, 12 and 13 after the
					// name
					long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					if (name.startsWith("backgroundjob-w")) {
						jiffies[0] += used;
					}
					else if (name.contains("CompilerThre")) {
						jiffies[1] += used;
					}
					else if (name.startsWith("G1 ") || name.startsWith("GC Thread")) {
						jiffies[2] += used;
					}
				}
			}
			catch (IOException ex) {
				// not Linux: the figures read 0
			}
			return jiffies;
		}

		Cpu minus(Cpu before) {
			return new Cpu(this.busyJiffies - before.busyJiffies, this.totalJiffies - before.totalJiffies,
					this.jvmNanos - before.jvmNanos, this.jitMillis - before.jitMillis,
					this.workerJiffies - before.workerJiffies, this.compilerJiffies - before.compilerJiffies,
					this.gcJiffies - before.gcJiffies);
		}

		String jvmThreads() {
			return "JobRunr's workers %.1f s, JIT compiler threads %.1f s, garbage collector %.1f s"
				.formatted(this.workerJiffies / 100.0, this.compilerJiffies / 100.0, this.gcJiffies / 100.0);
		}

		double busySeconds() {
			return this.busyJiffies / 100.0;
		}

		double totalSeconds() {
			return this.totalJiffies / 100.0;
		}

		double jvmSeconds() {
			return this.jvmNanos / 1e9;
		}

		double jitSeconds() {
			return this.jitMillis / 1000.0;
		}

	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/**
	 * Waits (at most 30 s) until the JIT compiler threads have compiled what the
	 * benchmark's own work between passes (the reset, the vacuums, the counts over 200
	 * schemas, the new connections) gave them, and the machine is quiet: half a second
	 * with under 20 ms of compilation and under a tenth of the cores busy. Without it
	 * that backlog is compiled during the next pass and counted as the pass's CPU. The
	 * pass's own compilations still count.
	 */
	private void awaitSettled(int pass) {
		long started = System.nanoTime();
		Cpu first = Cpu.now();
		Cpu last = first;
		while (System.nanoTime() - started < Duration.ofSeconds(30).toNanos()) {
			sleep(500);
			Cpu now = Cpu.now();
			Cpu window = now.minus(last);
			last = now;
			boolean compilerQuiet = window.compilerJiffies() <= 2;
			boolean machineQuiet = window.totalJiffies() > 0 && window.busyJiffies() * 10 < window.totalJiffies();
			if (compilerQuiet && machineQuiet) {
				break;
			}
		}
		Cpu waited = last.minus(first);
		print("Before pass %d: %d ms until the machine was quiet (JIT compiler threads %.1f s of CPU meanwhile)", pass,
				(System.nanoTime() - started) / 1_000_000, waited.compilerJiffies() / 100.0);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

	private void print(String format, Object... arguments) {
		String line = format.formatted(arguments);
		this.report.add(line);
		System.out.println("[benchmark] " + line);
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}

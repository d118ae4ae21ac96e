package io.ardesk.trends;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.ArdeskApplication;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.BenchmarkFirm;
import io.ardesk.test.TestDatabase;
import io.ardesk.trends.internal.TrendDetectionJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static io.ardesk.test.BenchmarkFirm.median;
import static io.ardesk.test.BenchmarkFirm.p95;
import static io.ardesk.test.BenchmarkFirm.print;
import static io.ardesk.test.BenchmarkFirm.timed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly trend detection of a firm (issue 11: "detection ≤ 60 s for the whole
 * firm"): 200 small client practices ({@value #SMALL_CLAIMS} claims each) and one large
 * one ({@code -Dbenchmark.claims}, default 1,000,000), each detected as the nightly job
 * detects it ({@link TrendDetectionJobs#detect}, which JobRunr calls once per client; the
 * job queue itself is not run: its polling would dominate the time). Ledgers are
 * generated with SQL ({@link TrendLedger}): six months of claims, 835 history with a 10 %
 * denial rate, a surge of authorization denials at one payer in the last 30 days in every
 * other small client and in the large one, underpaid lines, and document requests left
 * open with the practice. The whole firm is detected twice: the second run must open
 * nothing. Then the SQL the four rules run for the large client is timed as raw
 * statements, for the ratio of detection to its queries. Run:
 * {@code ./mvnw -B verify -Pbenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TrendDetectionBenchmark}
 * ({@code -Dbenchmark.explain=true} also prints the plans of the raw statements). Prints
 * the figures; asserts only that issues were opened and that the second run opened none.
 */
class TrendDetectionBenchmark {

	static final int SMALL_CLIENTS = Integer.getInteger("benchmark.clients", 200);

	static final int SMALL_CLAIMS = 500;

	static final int LARGE_CLAIMS = Integer.getInteger("benchmark.claims", 1_000_000);

	static final ZoneId ZONE = ZoneId.of("America/Chicago");

	@TempDir
	Path folder;

	@Test
	void nightlyDetectionOfTwoHundredClientsAndOneLargeOne() throws IOException {
		Files.copy(Path.of("tenant-config", "firm.yaml"), this.folder.resolve("firm.yaml"));
		List<ClientId> clients = new ArrayList<>();
		for (int i = 1; i <= SMALL_CLIENTS; i++) {
			clients.add(BenchmarkFirm.writeClient(this.folder, "bench-trend-%03d".formatted(i),
					"client_bench_trend_%03d".formatted(i)));
		}
		ClientId large = BenchmarkFirm.writeClient(this.folder, "bench-trend-large", "client_bench_trend_large");
		TestDatabase.Database database = TestDatabase.fresh();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ArdeskApplication.class)
			.profiles("benchmark")
			.run(BenchmarkFirm.arguments(database, this.folder))) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
			TrendDetectionJobs jobs = context.getBean(TrendDetectionJobs.class);
			LocalDate today = LocalDate.now(ZONE);
			long seeding = System.nanoTime();
			for (int i = 0; i < clients.size(); i++) {
				seed(jdbc, transaction, clients.get(i), SMALL_CLAIMS, today, i % 2 == 0, i);
			}
			seed(jdbc, transaction, large, LARGE_CLAIMS, today, true, SMALL_CLIENTS);
			Map<String, Long> rows = TenantContext.callAs(large,
					() -> transaction.execute((status) -> TrendLedger.counts(jdbc)));
			print("Data: %d small clients x %d claims (every other one with an authorization surge) + 1 client x %,d claims "
					+ "(%s), generated in %.1f s", SMALL_CLIENTS, SMALL_CLAIMS, LARGE_CLAIMS, rows,
					(System.nanoTime() - seeding) / 1e9);

			List<ClientId> all = new ArrayList<>(clients);
			all.add(large);
			Night first = night(jobs, jdbc, transaction, all, large);
			Night second = night(jobs, jdbc, transaction, all, large);
			first.print("First run", large);
			second.print("Second run", large);
			print("Load average after the runs: %s", loadAverage());

			TrendRawQueries raw = new TrendRawQueries(jdbc, context.getBean(io.ardesk.codes.ReasonCodeCatalog.class),
					today, Boolean.getBoolean("benchmark.explain"));
			if (Boolean.getBoolean("benchmark.explain")) {
				// Plans from a pass of their own: EXPLAIN ANALYZE runs each statement
				// once more.
				TenantContext.callAs(large, () -> transaction.execute((status) -> timed(raw::runAll)));
				raw.explained();
			}
			List<Long> rawMillis = new ArrayList<>();
			for (int run = 0; run < 3; run++) {
				rawMillis.add(TenantContext.callAs(large, () -> transaction.execute((status) -> timed(raw::runAll))));
			}
			long rawMedian = median(rawMillis);
			print("Raw SQL of the rules' detection queries, large client (%s): %s ms, median %d ms; ratio "
					+ "detection (second run) / raw queries %.1f", raw.describe(), rawMillis, rawMedian,
					second.millis().get(large) / (double) Math.max(rawMedian, 1));
			raw.printSteps();

			assertThat(first.opened()).as("issues opened by the first run").isPositive();
			assertThat(first.openedIn(large)).as("issues opened in the large client").isPositive();
			assertThat(first.clientsWithIssues()).as("small clients with issues").isGreaterThan(SMALL_CLIENTS / 4);
			assertThat(second.opened()).as("issues opened by the second run (the same patterns)").isZero();
		}
	}

	/**
	 * One nightly run over the firm: each client's detection timed, and what it opened.
	 */
	private static Night night(TrendDetectionJobs jobs, JdbcClient jdbc, TransactionTemplate transaction,
			List<ClientId> all, ClientId large) {
		Map<ClientId, Long> millis = new LinkedHashMap<>();
		Map<ClientId, Long> opened = new LinkedHashMap<>();
		long started = System.nanoTime();
		for (ClientId client : all) {
			long before = issues(jdbc, transaction, client);
			millis.put(client, timed(() -> jobs.detect(client.value())));
			opened.put(client, issues(jdbc, transaction, client) - before);
		}
		long total = (System.nanoTime() - started) / 1_000_000;
		return new Night(total, millis, opened, large);
	}

	private static long issues(JdbcClient jdbc, TransactionTemplate transaction, ClientId client) {
		return TenantContext.callAs(client, () -> transaction
			.execute((status) -> jdbc.sql("select count(*) from trend_issue").query(Long.class).single()));
	}

	private static void seed(JdbcClient jdbc, TransactionTemplate transaction, ClientId client, int claims,
			LocalDate today, boolean surge, int salt) {
		TenantContext.callAs(client, () -> transaction.execute((status) -> {
			TrendLedger.seed(jdbc, claims, today, surge, salt * 1_000_003);
			return null;
		}));
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	record Night(long total, Map<ClientId, Long> millis, Map<ClientId, Long> openedBy, ClientId large) {

		long opened() {
			return this.openedBy.values().stream().mapToLong(Long::longValue).sum();
		}

		long openedIn(ClientId client) {
			return this.openedBy.get(client);
		}

		long clientsWithIssues() {
			return this.openedBy.entrySet()
				.stream()
				.filter((entry) -> !entry.getKey().equals(this.large) && entry.getValue() > 0)
				.count();
		}

		void print(String name, ClientId large) {
			List<Long> small = this.millis.entrySet()
				.stream()
				.filter((entry) -> !entry.getKey().equals(large))
				.map(Map.Entry::getValue)
				.toList();
			BenchmarkFirm.print(
					"%s: firm of %d clients detected in %.1f s (goal <= 60 s); small clients median %d ms, p95 %d ms, "
							+ "max %d ms; large client %,d ms; issues opened %d (%d in the large client, small clients "
							+ "with new issues %d)",
					name, this.millis.size(), this.total / 1000.0, median(small), p95(small),
					small.stream().mapToLong(Long::longValue).max().orElse(0), this.millis.get(large), opened(),
					openedIn(large), clientsWithIssues());
		}

	}

}

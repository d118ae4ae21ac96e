package io.ardesk.tenancy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.ardesk.ArdeskApplication;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up with many client practices (issue 2): 200 client files, first start
 * (provisioning 200 schemas), restarts on the same database (200 up-to-date schemas), and
 * one more client. Prints the figures; run only by the {@code benchmark} profile:
 * {@code ./mvnw -B -o verify -Pbenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TenantStartupBenchmark}.
 * It asserts what was provisioned, never how fast: timings vary with the machine.
 */
class TenantStartupBenchmark {

	static final int CLIENTS = 200;

	static final int RESTARTS = 3;

	@TempDir
	Path folder;

	final List<String> report = new ArrayList<>();

	final List<Long> stops = new ArrayList<>();

	@Test
	void startUpWithTwoHundredClients() throws IOException {
		Files.copy(Path.of("tenant-config", "firm.yaml"), this.folder.resolve("firm.yaml"));
		for (int i = 1; i <= CLIENTS; i++) {
			writeClient(i);
		}
		TestDatabase.Database database = TestDatabase.fresh();
		print("Machine: %d cores, %s %s, Java %s, %d MiB max heap; embedded PostgreSQL 17.6 on the same machine",
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
				System.getProperty("os.arch"), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
		List<Integer> changeSets = new ArrayList<>();
		long first = timedStart(database, (context) -> {
			assertThat(context.getBean(ClientDirectory.class).activeClients()).hasSize(CLIENTS);
			changeSets.add(context.getBean(TenantSchemaMigrator.class).expectedChangeSets().size());
		});
		print("Data: %d client files (+ firm.yaml), %d tenant change set(s) per schema", CLIENTS,
				changeSets.getFirst());
		print("First start, provisioning %d schemas: %d ms until ready", CLIENTS, first);

		List<Long> restarts = new ArrayList<>();
		List<Long> synchronizations = new ArrayList<>();
		for (int run = 1; run <= RESTARTS; run++) {
			restarts.add(timedStart(database, (context) -> {
				assertThat(context.getBean(ClientDirectory.class).activeClients()).hasSize(CLIENTS);
				synchronizations.add(timedSynchronize(context));
			}));
		}
		print("Restart with %d up-to-date schemas: %s ms until ready, median %d ms (goal <= 30000 ms)", CLIENTS,
				restarts, median(restarts));
		print("  TenantCatalogSynchronizer.synchronize() again on the running application (%d schemas checked): %s ms, median %d ms",
				CLIENTS, synchronizations, median(synchronizations));

		writeClient(CLIENTS + 1);
		List<Long> migrations = new ArrayList<>();
		long withNewClient = timedStart(database, (context) -> {
			assertThat(context.getBean(ClientDirectory.class).activeClients()).hasSize(CLIENTS + 1);
			TenantSchemaMigrator migrator = context.getBean(TenantSchemaMigrator.class);
			for (int run = 1; run <= RESTARTS; run++) {
				SchemaName fresh = new SchemaName("bench_fresh_" + run);
				long started = System.nanoTime();
				migrator.migrate(fresh);
				migrations.add((System.nanoTime() - started) / 1_000_000);
				assertThat(migrator.isCurrent(fresh)).isTrue();
			}
		});
		print("Restart with one new client file (%d up to date + 1 new schema): %d ms until ready (goal <= 10000 ms)",
				CLIENTS, withNewClient);
		print("  TenantSchemaMigrator.migrate of one fresh schema: %s ms, median %d ms", migrations,
				median(migrations));

		print("Stops (context close: web server, JobRunr, connection pool), one per start above: %s ms, median %d ms, "
				+ "max %d ms (issue 7 goal <= 10000 ms)", this.stops, median(this.stops),
				this.stops.stream().mapToLong(Long::longValue).max().orElse(0));

		Path results = Path.of("target", "benchmark-tenant-startup.txt");
		Files.createDirectories(results.getParent());
		Files.write(results, this.report);
	}

	private long timedStart(TestDatabase.Database database, Consumer<ConfigurableApplicationContext> check) {
		String[] arguments = { "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--ardesk.tenant-config=" + this.folder,
				"--ardesk.admin-password=benchmark-only", "--server.port=0", "--logging.level.io.ardesk=warn",
				"--logging.level.org.jobrunr=warn" };
		long started = System.nanoTime();
		// a profile of its own: not demo, so no demo users (200 viewers) are created
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ArdeskApplication.class)
			.profiles("benchmark")
			.run(arguments);
		long elapsed = (System.nanoTime() - started) / 1_000_000;
		try {
			check.accept(context);
		}
		finally {
			// the stop as SIGTERM runs it: web server, JobRunr, pool (the database here
			// is
			// the tests' server, not the portal's embedded one)
			long stopping = System.nanoTime();
			context.close();
			this.stops.add((System.nanoTime() - stopping) / 1_000_000);
		}
		return elapsed;
	}

	private static long timedSynchronize(ConfigurableApplicationContext context) {
		TenantCatalogSynchronizer synchronizer = context.getBean(TenantCatalogSynchronizer.class);
		long started = System.nanoTime();
		synchronizer.synchronize();
		return (System.nanoTime() - started) / 1_000_000;
	}

	private void writeClient(int number) throws IOException {
		String id = "bench-client-%03d".formatted(number);
		Files.writeString(this.folder.resolve(id + ".yaml"), """
				id: %s
				name: "Benchmark Practice %03d"
				specialty: Family medicine
				schema: client_bench_%03d
				timeZone: America/Chicago
				agingBasis: DATE_OF_SERVICE
				sla:
				  daysInArTarget: 40
				  maxPercentOver90: 15
				  touchCadenceDays: 7
				  escalationAcknowledgeHours: 4
				  escalationResolveDays: 2
				highValueThreshold: 2500.00
				""".formatted(id, number, number));
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

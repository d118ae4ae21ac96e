package io.ardesk.demodata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.ardesk.ArdeskApplication;
import io.ardesk.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safe defaults (issue 7): there is no default profile, so a start that does not ask for
 * the demo gets neither demo users nor demo AR; under the demo profile only clients
 * marked {@code demo: true} are filled, the load logs one line per client, and the portal
 * reports ready before the demo AR is there: sign-in works while it loads in the
 * background.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoProfileIntegrationTest {

	@TempDir
	Path folder;

	@Test
	void withoutTheDemoProfileThereAreNoDemoUsersAndNoDemoAr() {
		TestDatabase.Database database = TestDatabase.fresh();
		// No profile at all, the demo-marked clients of tenant-config, demo data switched
		// on: as `java -jar` against a real database used to be started.
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(ArdeskApplication.class)
			.run(arguments(database, "tenant-config", "--ardesk.admin-password=no-demo-Quartz-2026",
					"--ardesk.demo-data.enabled=true"))) {
			assertThat(portal.getEnvironment().getActiveProfiles()).isEmpty();
			JdbcClient jdbc = JdbcClient.create(portal.getBean(DataSource.class));
			assertThat(jdbc.sql("select username from control.app_user").query(String.class).list())
				.containsExactly("admin");
			for (String schema : List.of("client_lakeview_ortho", "client_northside_family",
					"client_riverside_cardiology")) {
				assertThat(jdbc.sql("select count(*) from " + schema + ".import_batch").query(Long.class).single())
					.as("imports in " + schema)
					.isZero();
			}
		}
	}

	@Test
	void underTheDemoProfileOnlyClientsMarkedDemoAreFilledAfterThePortalIsReady(CapturedOutput output)
			throws IOException, InterruptedException {
		Files.copy(Path.of("tenant-config", "firm.yaml"), this.folder.resolve("firm.yaml"));
		Files.copy(Path.of("tenant-config", "lakeview-ortho.yaml"), this.folder.resolve("lakeview-ortho.yaml"));
		// A real client the firm just added: no demo mark.
		String northside = Files.readString(Path.of("tenant-config", "northside-family.yaml"));
		assertThat(northside).contains("demo: true");
		Files.writeString(this.folder.resolve("northside-family.yaml"), northside.replace("demo: true\n", ""));
		TestDatabase.Database database = TestDatabase.fresh();

		List<ReadinessState> states = new ArrayList<>();
		AtomicReference<DemoLoad.Progress> progressWhenReady = new AtomicReference<>();
		ApplicationListener<AvailabilityChangeEvent<?>> readiness = (event) -> {
			if (event.getState() instanceof ReadinessState state) {
				states.add(state);
				if (state == ReadinessState.ACCEPTING_TRAFFIC) {
					progressWhenReady
						.set(((ConfigurableApplicationContext) event.getSource()).getBean(DemoLoad.class).progress());
				}
			}
		};
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(ArdeskApplication.class)
			.profiles("demo")
			.listeners(readiness)
			.run(arguments(database, this.folder.toString(), "--ardesk.demo-data.months=2"))) {
			DemoLoad load = portal.getBean(DemoLoad.class);
			assertThat(states).containsExactly(ReadinessState.ACCEPTING_TRAFFIC);
			assertThat(progressWhenReady.get().loading()).as("ready before the demo AR is loaded").isTrue();
			assertThat(progressWhenReady.get().clientsTotal()).as("only the client marked demo").isEqualTo(1);

			// the sign-in page answers without waiting for the demo AR
			String port = portal.getEnvironment().getProperty("local.server.port");
			HttpResponse<String> login = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(200);

			assertThat(load.awaitLoaded(Duration.ofMinutes(10))).as("the demo load finishes").isTrue();
			assertThat(load.progress()).isEqualTo(DemoLoad.Progress.IDLE);
			JdbcClient jdbc = JdbcClient.create(portal.getBean(DataSource.class));
			assertThat(jdbc.sql("select count(*) from client_lakeview_ortho.import_batch").query(Long.class).single())
				.as("the demo client is filled")
				.isPositive();
			assertThat(jdbc.sql("select count(*) from client_northside_family.import_batch").query(Long.class).single())
				.as("the unmarked client stays empty, even under the demo profile")
				.isZero();
			assertThat(jdbc.sql("select count(*) from client_northside_family.claim").query(Long.class).single())
				.isZero();
			assertThat(jdbc.sql("select count(*) from control.app_user where username = 'manager'")
				.query(Long.class)
				.single()).as("the demo users").isEqualTo(1);
		}
		List<String> lines = output.getAll().lines().toList();
		assertThat(lines).filteredOn((line) -> line.contains("Demo data for"))
			.singleElement()
			.asString()
			.contains("lakeview-ortho");
		assertThat(lines).as("no line per imported file").noneMatch((line) -> line.matches(".*Import \\d+ of .*"));
		int ready = indexOf(lines, "ARdesk is ready");
		int loaded = indexOf(lines, "Demo AR loaded in");
		assertThat(ready).as("the ready line").isNotNegative();
		assertThat(loaded).as("ready is logged before the demo AR is loaded").isGreaterThan(ready);
	}

	@Test
	void aStopDuringTheDemoLoadIsQuickAndQuiet(CapturedOutput output) throws InterruptedException {
		TestDatabase.Database database = TestDatabase.fresh();
		ConfigurableApplicationContext portal = new SpringApplicationBuilder(ArdeskApplication.class).profiles("demo")
			.run(arguments(database, "tenant-config", "--ardesk.demo-data.months=12"));
		DemoLoad load = portal.getBean(DemoLoad.class);
		try {
			// some of the year imported, far from all of it
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (load.progress().percent() < 5 && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			assertThat(load.progress().loading()).as("stopped while the demo AR is loading").isTrue();
		}
		finally {
			long started = System.nanoTime();
			int before = output.getAll().length();
			portal.close();
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(millis).as("the stop took %d ms", millis).isLessThanOrEqualTo(10_000);
			String during = output.getAll().substring(before);
			assertThat(during).doesNotContain(" ERROR ").doesNotContain("\tat ");
			assertThat(during).contains("Demo AR load stopped with the portal");
		}
	}

	private static int indexOf(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

	private static String[] arguments(TestDatabase.Database database, String tenantConfig, String... extra) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--ardesk.tenant-config=" + tenantConfig,
				"--server.port=0", "--jobrunr.background-job-server.enabled=false"));
		arguments.addAll(List.of(extra));
		return arguments.toArray(String[]::new);
	}

}

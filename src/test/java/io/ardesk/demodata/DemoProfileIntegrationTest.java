package io.ardesk.demodata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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
 * reports ready only once the demo AR is there.
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
	void underTheDemoProfileOnlyClientsMarkedDemoAreFilledAndReadinessWaitsForIt(CapturedOutput output)
			throws IOException {
		Files.copy(Path.of("tenant-config", "firm.yaml"), this.folder.resolve("firm.yaml"));
		Files.copy(Path.of("tenant-config", "lakeview-ortho.yaml"), this.folder.resolve("lakeview-ortho.yaml"));
		// A real client the firm just added: no demo mark.
		String northside = Files.readString(Path.of("tenant-config", "northside-family.yaml"));
		assertThat(northside).contains("demo: true");
		Files.writeString(this.folder.resolve("northside-family.yaml"), northside.replace("demo: true\n", ""));
		TestDatabase.Database database = TestDatabase.fresh();

		AtomicLong importsWhenReady = new AtomicLong(-1);
		List<ReadinessState> states = new ArrayList<>();
		ApplicationListener<AvailabilityChangeEvent<?>> readiness = (event) -> {
			if (event.getState() instanceof ReadinessState state) {
				states.add(state);
				if (state == ReadinessState.ACCEPTING_TRAFFIC) {
					JdbcClient jdbc = JdbcClient
						.create(((ConfigurableApplicationContext) event.getSource()).getBean(DataSource.class));
					importsWhenReady.set(jdbc.sql("select count(*) from client_lakeview_ortho.import_batch")
						.query(Long.class)
						.single());
				}
			}
		};
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(ArdeskApplication.class)
			.profiles("demo")
			.listeners(readiness)
			.run(arguments(database, this.folder.toString(), "--ardesk.demo-data.months=2"))) {
			JdbcClient jdbc = JdbcClient.create(portal.getBean(DataSource.class));
			long lakeview = jdbc.sql("select count(*) from client_lakeview_ortho.import_batch")
				.query(Long.class)
				.single();
			assertThat(lakeview).as("the demo client is filled").isPositive();
			assertThat(jdbc.sql("select count(*) from client_northside_family.import_batch").query(Long.class).single())
				.as("the unmarked client stays empty, even under the demo profile")
				.isZero();
			assertThat(jdbc.sql("select count(*) from client_northside_family.claim").query(Long.class).single())
				.isZero();
			assertThat(jdbc.sql("select count(*) from control.app_user where username = 'manager'")
				.query(Long.class)
				.single()).as("the demo users").isEqualTo(1);

			assertThat(states).containsExactly(ReadinessState.ACCEPTING_TRAFFIC);
			assertThat(importsWhenReady.get()).as("ready only once the demo AR is loaded").isEqualTo(lakeview);
		}
		List<String> lines = output.getAll().lines().toList();
		assertThat(lines).filteredOn((line) -> line.contains("Demo data for"))
			.singleElement()
			.asString()
			.contains("lakeview-ortho");
		assertThat(lines).as("no line per imported file").noneMatch((line) -> line.matches(".*Import \\d+ of .*"));
		assertThat(lines).anyMatch((line) -> line.contains("ARdesk is ready"));
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

package io.ardesk.tenancy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.ArdeskApplication;
import io.ardesk.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real start of the application refuses an invalid tenant configuration. */
class TenantConfigStartupIntegrationTest {

	@TempDir
	Path folder;

	@Test
	void startUpFailsNamingTheInvalidFileAndField() throws IOException, SQLException {
		Files.copy(Path.of("tenant-config", "firm.yaml"), this.folder.resolve("firm.yaml"));
		Files.writeString(this.folder.resolve("lakeview-ortho.yaml"),
				Files.readString(Path.of("tenant-config", "lakeview-ortho.yaml"))
					.replace("timeZone: America/Denver", "timeZone: America/Denver\nbillingColour: teal"));
		TestDatabase.Database database = TestDatabase.fresh();

		// Command-line arguments, so that they win over application.yaml (never port
		// 8080).
		String[] arguments = { "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--ardesk.tenant-config=" + this.folder,
				"--server.port=0", "--jobrunr.background-job-server.enabled=false" };

		assertThatThrownBy(
				() -> new SpringApplicationBuilder(ArdeskApplication.class).profiles("demo").run(arguments).close())
			.satisfies((failure) -> {
				TenantConfigException cause = findCause(failure);
				assertThat(cause.file()).isEqualTo("lakeview-ortho.yaml");
				assertThat(cause.field()).isEqualTo("billingColour");
				assertThat(cause.getMessage()).contains("lakeview-ortho.yaml", "billingColour");
			});

		try (var connection = DriverManager.getConnection(database.url(), database.username(), database.password());
				var rows = connection.createStatement()
					.executeQuery(
							"select schema_name from information_schema.schemata where schema_name like 'client%'")) {
			List<String> clientSchemas = new ArrayList<>();
			while (rows.next()) {
				clientSchemas.add(rows.getString(1));
			}
			assertThat(clientSchemas).as("no client schema is created from a refused configuration").isEmpty();
		}
	}

	private static TenantConfigException findCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TenantConfigException config) {
				return config;
			}
		}
		throw new AssertionError("No TenantConfigException in the cause chain of " + failure, failure);
	}

}

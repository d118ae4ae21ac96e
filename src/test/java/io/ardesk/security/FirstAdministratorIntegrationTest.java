package io.ardesk.security;

import java.sql.DriverManager;

import io.ardesk.ArdeskApplication;
import io.ardesk.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside the demo there are no demo users: the first firm administrator comes from
 * {@code ARDESK_ADMIN_PASSWORD}, and start-up refuses without it while no administrator
 * exists.
 */
class FirstAdministratorIntegrationTest {

	@Test
	void startUpWithoutDemoRefusesWithoutAnAdminPasswordAndCreatesOnlyTheAdminWithOne() throws Exception {
		TestDatabase.Database database = TestDatabase.fresh();
		String[] common = { "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--ardesk.tenant-config=tenant-config",
				"--server.port=0", "--jobrunr.background-job-server.enabled=false" };

		assertThatThrownBy(
				() -> new SpringApplicationBuilder(ArdeskApplication.class).profiles("staging").run(common).close())
			.hasStackTraceContaining("ARDESK_ADMIN_PASSWORD");

		String[] withPassword = new String[common.length + 1];
		System.arraycopy(common, 0, withPassword, 0, common.length);
		withPassword[common.length] = "--ardesk.admin-password=Quartz-Harbor-Seven";
		new SpringApplicationBuilder(ArdeskApplication.class).profiles("staging").run(withPassword).close();

		try (var connection = DriverManager.getConnection(database.url(), database.username(), database.password());
				var rows = connection.createStatement()
					.executeQuery("select username, role from control.app_user order by username")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("admin");
			assertThat(rows.getString(2)).isEqualTo("FIRM_ADMIN");
			assertThat(rows.next()).as("no demo users outside the demo profile").isFalse();
		}
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void startUpRefusesAWeakFirstAdministratorPasswordInOneClearLineWithoutAStackTrace(CapturedOutput output)
			throws Exception {
		TestDatabase.Database database = TestDatabase.fresh();

		assertThatThrownBy(() -> new SpringApplicationBuilder(ArdeskApplication.class).profiles("staging")
			.run("--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(), "--ardesk.tenant-config=tenant-config",
					"--server.port=0", "--jobrunr.background-job-server.enabled=false", "--ardesk.admin-password=a")
			.close()).hasMessageContaining("ARDESK_ADMIN_PASSWORD");

		assertThat(output.getOut() + output.getErr())
			.contains("ARDESK_ADMIN_PASSWORD is too weak: a password needs at least 12 characters")
			.doesNotContain("\tat io.ardesk")
			.doesNotContain("Application run failed");
		try (var connection = DriverManager.getConnection(database.url(), database.username(), database.password());
				var rows = connection.createStatement().executeQuery("select count(*) from control.app_user")) {
			rows.next();
			assertThat(rows.getInt(1)).as("no administrator with a weak password").isZero();
		}
	}

}

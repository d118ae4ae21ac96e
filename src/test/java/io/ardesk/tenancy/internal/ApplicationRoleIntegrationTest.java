package io.ardesk.tenancy.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.ArdeskApplication;
import io.ardesk.test.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database role of {@code docker/compose.yaml}: the init SQL creates
 * {@code ardesk_app} (no superuser, no role or database creation, CREATE on its database
 * only), and the portal starts on it, creating and owning its control and client schemas.
 */
class ApplicationRoleIntegrationTest {

	static final String PASSWORD = "app-role-Secret-2026";

	@Test
	void theInitScriptsRoleIsNoSuperuserAndTheApplicationStartsOnItOwningItsSchemas() throws Exception {
		TestDatabase.Database database = TestDatabase.fresh();
		String script = Files.readString(Path.of("docker", "initdb", "ardesk-role.sql"));
		assertThat(script).contains(":'app_password'");
		try (Connection admin = DriverManager.getConnection(database.url(), database.username(), database.password());
				Statement sql = admin.createStatement()) {
			// what psql -v app_password=... does with the variable
			sql.execute(script.replace(":'app_password'", "'" + PASSWORD + "'"));
			try (ResultSet role = sql.executeQuery(
					"select rolsuper, rolcreaterole, rolcreatedb, rolcanlogin from pg_roles where rolname = 'ardesk_app'")) {
				assertThat(role.next()).isTrue();
				assertThat(role.getBoolean("rolsuper")).isFalse();
				assertThat(role.getBoolean("rolcreaterole")).isFalse();
				assertThat(role.getBoolean("rolcreatedb")).isFalse();
				assertThat(role.getBoolean("rolcanlogin")).isTrue();
			}
		}

		String[] arguments = { "--spring.datasource.url=" + database.url(), "--spring.datasource.username=ardesk_app",
				"--spring.datasource.password=" + PASSWORD, "--ardesk.tenant-config=tenant-config",
				"--ardesk.admin-password=role-test-Quartz-2026", "--server.port=0",
				"--jobrunr.background-job-server.enabled=false" };
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(ArdeskApplication.class)
			.run(arguments)) {
			assertThat(portal.isActive()).isTrue();
		}

		try (Connection app = DriverManager.getConnection(database.url(), "ardesk_app", PASSWORD);
				Statement sql = app.createStatement()) {
			List<String> owned = new ArrayList<>();
			try (ResultSet schemas = sql.executeQuery("""
					select n.nspname from pg_namespace n join pg_roles r on r.oid = n.nspowner
					where r.rolname = 'ardesk_app' order by 1""")) {
				while (schemas.next()) {
					owned.add(schemas.getString(1));
				}
			}
			assertThat(owned).contains("control", "client_lakeview_ortho", "client_northside_family",
					"client_riverside_cardiology");
			try (ResultSet jobrunr = sql.executeQuery(
					"select count(*) from information_schema.tables where table_schema = 'control' and table_name like 'jobrunr%'")) {
				jobrunr.next();
				assertThat(jobrunr.getInt(1)).as("JobRunr's tables in the control schema").isPositive();
			}
			assertThatThrownBy(() -> sql.execute("create role ardesk_intruder")).isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> sql.execute("create table public.intruder (id int)"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
		}
	}

}

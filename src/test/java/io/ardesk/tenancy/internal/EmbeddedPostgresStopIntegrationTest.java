package io.ardesk.tenancy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.ardesk.ArdeskApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run command's default database, stopped the way an operator stops the portal: the
 * portal runs in a JVM of its own on its embedded PostgreSQL and gets SIGTERM. JobRunr
 * and the connection pool close before the database, the stop is quick and logs no error
 * nor stack trace, and the next start on the same data folder finds the data.
 */
class EmbeddedPostgresStopIntegrationTest {

	static final Duration MAX_STOP = Duration.ofSeconds(10);

	/**
	 * Generous: a busy build machine starts the portal far slower than the usual 20 s.
	 */
	static final Duration MAX_START = Duration.ofMinutes(5);

	@TempDir
	Path folder;

	@Test
	void sigtermStopsThePortalAndItsEmbeddedDatabaseQuicklyAndQuietlyAndARestartFindsTheData() throws Exception {
		int port = freePort();
		Path dataDir = Files.createDirectories(this.folder.resolve("postgres"));

		Portal first = Portal.start(dataDir, port, "--ardesk.admin-password=first-start-Quartz-2026");
		try (Connection db = connect(port); Statement sql = db.createStatement()) {
			sql.execute("create table public.stop_test_marker (note text)");
			sql.execute("insert into public.stop_test_marker values ('written before the stop')");
		}
		Duration firstStop = first.stop();
		assertThat(first.log()).anyMatch((line) -> line.contains("Embedded PostgreSQL initialised"));
		assertThat(firstStop).as("stop time after SIGTERM").isLessThanOrEqualTo(MAX_STOP);
		assertQuiet(first.log());

		// No admin password this time: start-up succeeds only if the administrator of the
		// first run is still there.
		Portal second = Portal.start(dataDir, port);
		try (Connection db = connect(port);
				Statement sql = db.createStatement();
				ResultSet marker = sql.executeQuery("select note from public.stop_test_marker")) {
			assertThat(marker.next()).isTrue();
			assertThat(marker.getString(1)).isEqualTo("written before the stop");
		}
		Duration secondStop = second.stop();
		System.out.printf("[stop] SIGTERM to exit: %d ms after the first start, %d ms after the restart%n",
				firstStop.toMillis(), secondStop.toMillis());
		assertThat(second.log()).anyMatch((line) -> line.contains("Embedded PostgreSQL started"));
		assertThat(secondStop).as("stop time after SIGTERM").isLessThanOrEqualTo(MAX_STOP);
		assertQuiet(second.log());
	}

	private static void assertQuiet(List<String> log) {
		assertThat(log).as("log of the run")
			.noneMatch((line) -> line.contains(" ERROR "))
			.noneMatch((line) -> line.contains("terminating connection"))
			.noneMatch((line) -> line.matches("\\s+at [a-z].*"))
			.noneMatch((line) -> line.contains("Exception"));
		assertThat(log.getLast()).as("last line: the database stopped last").contains("Embedded PostgreSQL stopped");
	}

	private static Connection connect(int port) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * The portal in a JVM of its own, with this test's class path, its output going to a
	 * file (reading a pipe races with the JVM's own draining of it when the process
	 * ends).
	 */
	record Portal(Process process, Path output) {

		static Portal start(Path dataDir, int databasePort, String... extra) throws Exception {
			String java = ProcessHandle.current().info().command().orElse("java");
			List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-cp",
					System.getProperty("java.class.path"), ArdeskApplication.class.getName(),
					"--ardesk.embedded-postgres.data-dir=" + dataDir, "--ardesk.embedded-postgres.port=" + databasePort,
					"--ardesk.tenant-config=tenant-config", "--server.port=0", "--spring.main.banner-mode=off"));
			command.addAll(List.of(extra));
			Path output = Files.createTempFile(dataDir.getParent(), "portal-", ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("ARDESK_"));
			Portal portal = new Portal(builder.start(), output);
			long deadline = System.nanoTime() + MAX_START.toNanos();
			while (portal.log().stream().noneMatch((line) -> line.contains("ARdesk is ready"))) {
				if (!portal.process().isAlive() || System.nanoTime() > deadline) {
					portal.process().toHandle().destroy();
					portal.process().waitFor(30, TimeUnit.SECONDS);
					portal.process().destroyForcibly();
					throw new AssertionError("The portal did not get ready:\n" + String.join("\n", portal.log()));
				}
				Thread.sleep(200);
			}
			return portal;
		}

		List<String> log() {
			try {
				return Files.readAllLines(this.output, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** Sends SIGTERM and waits for the JVM to end; answers how long that took. */
		Duration stop() throws InterruptedException {
			long started = System.nanoTime();
			this.process.toHandle().destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				throw new AssertionError("The portal did not stop within 60 s:\n" + String.join("\n", log()));
			}
			return Duration.ofNanos(System.nanoTime() - started);
		}

	}

}

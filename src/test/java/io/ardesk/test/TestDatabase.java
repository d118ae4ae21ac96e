package io.ardesk.test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL every integration test runs on: a Testcontainers container where a
 * Docker engine answers, the embedded PostgreSQL otherwise. Chosen once per test run and
 * logged. Every Spring context gets a database of its own, so each run starts from fresh
 * schemas.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final AtomicInteger databases = new AtomicInteger();

	private static Server server;

	private TestDatabase() {
	}

	public record Database(String url, String username, String password) {
	}

	/** Creates a new, empty database on the shared test server. */
	public static synchronized Database fresh() {
		Server current = server();
		String name = "ardesk_test_" + databases.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(current.adminUrl(), current.username(),
				current.password()); Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + name, ex);
		}
		log.info("Fresh test database {}", name);
		return new Database(current.urlOf(name), current.username(), current.password());
	}

	private static synchronized Server server() {
		if (server == null) {
			server = dockerAvailable() ? containerServer() : embeddedServer();
		}
		return server;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static Server containerServer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		log.info("Test database: PostgreSQL in a Testcontainers container ({})", container.getJdbcUrl());
		String base = container.getJdbcUrl().substring(0, container.getJdbcUrl().lastIndexOf('/') + 1);
		return new Server(container.getJdbcUrl(), base, container.getUsername(), container.getPassword());
	}

	private static Server embeddedServer() {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "300")
				.setRegisterShutdownHook(false);
			if (Boolean.getBoolean("benchmark.pg-stat-statements")) {
				// benchmarks only: where the database's time goes, per statement
				builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
					.setServerConfig("pg_stat_statements.track_planning", "on")
					// statements inside functions and triggers too (their time is also
					// part of the calling statement's)
					.setServerConfig("pg_stat_statements.track", "all");
			}
			EmbeddedPostgres postgres = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				// The cached Spring contexts close in shutdown hooks of their own,
				// running
				// at the same time: stopping the server under their pools makes the stop
				// slow and noisy. Give them a few seconds to close first.
				waitForPoolsToClose(Duration.ofSeconds(10));
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the temporary data folder is removed either way
				}
			}));
			log.info("Test database: no Docker engine found, using the embedded PostgreSQL on port {}",
					postgres.getPort());
			String base = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
			return new Server(base + "postgres", base, "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the embedded PostgreSQL", ex);
		}
	}

	private static void waitForPoolsToClose(Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (System.nanoTime() < deadline && Thread.getAllStackTraces()
			.keySet()
			.stream()
			.anyMatch((thread) -> thread.getName().startsWith("HikariPool-"))) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private record Server(String adminUrl, String baseUrl, String username, String password) {

		String urlOf(String database) {
			return this.baseUrl + database;
		}

	}

}

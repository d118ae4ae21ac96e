package io.ardesk.tenancy.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.spring.autoconfigure.JobRunrProperties;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JobRunr's storage on a small pool of its own, with the portal's database settings.
 * <p>
 * On the portal's pool, a worker's connection switched between the schema of the client
 * whose job it ran and the pool's first schema for JobRunr's bookkeeping: two
 * {@code SET search_path} round trips per job, and PostgreSQL plans a prepared statement
 * again whenever the search path differs from the one it was planned under, so JobRunr's
 * few statements (fetch, state update) were planned again for almost every job. On its
 * own pool JobRunr's sessions never change schema (its tables are named with the control
 * schema), its statements stay planned, and a worker's connection of the portal's pool
 * keeps the client's schema from one of that client's jobs to the next.
 * <p>
 * JobRunr takes connections itself and commits its own work; it never took part in the
 * portal's transactions, so a pool of its own changes nothing in what is committed when.
 */
@Configuration(proxyBeanMethods = false)
class JobRunrStorageConfiguration {

	/**
	 * Connections besides one per worker: JobRunr's master thread (polling, the recurring
	 * jobs, the server's heartbeat), jobs enqueued from web requests, the admin page's
	 * reads.
	 */
	static final int EXTRA_CONNECTIONS = 6;

	@Bean
	JobRunrPool jobRunrPool(DataSource dataSource,
			@Value("${jobrunr.background-job-server.worker-count:4}") int workers) throws SQLException {
		HikariConfig config = new HikariConfig();
		dataSource.unwrap(HikariDataSource.class).copyStateTo(config);
		config.setPoolName("ardesk-jobrunr");
		config.setMaximumPoolSize(Math.max(1, workers) + EXTRA_CONNECTIONS);
		config.setMinimumIdle(1);
		config.setMetricRegistry(null);
		config.setHealthCheckRegistry(null);
		config.setMetricsTrackerFactory(null);
		return new JobRunrPool(new HikariDataSource(config));
	}

	/**
	 * What JobRunr's own auto-configuration builds (the same table prefix, the same
	 * create-or-skip of its tables), on {@link JobRunrPool}; JobRunr's auto-configuration
	 * steps back when this bean exists.
	 */
	@Bean(destroyMethod = "close")
	StorageProvider storageProvider(JobRunrPool pool, JobMapper jobMapper, JobRunrProperties properties) {
		JobRunrProperties.Database database = properties.getDatabase();
		StorageProvider storage = SqlStorageProviderFactory.using(pool.dataSource(), database.getTablePrefix(),
				database.isSkipCreate() ? DatabaseOptions.SKIP_CREATE : DatabaseOptions.CREATE);
		storage.setJobMapper(jobMapper);
		return storage;
	}

	/**
	 * JobRunr's pool, not a {@link DataSource} bean (the portal has one data source: the
	 * one everything else injects). Closed after the storage that uses it.
	 */
	record JobRunrPool(HikariDataSource dataSource) implements AutoCloseable {

		@Override
		public void close() {
			this.dataSource.close();
		}

	}

}

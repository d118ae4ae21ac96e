package io.ardesk.tenancy.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.ApplicationContext;

/** For benchmarks: the portal's connection pools, as a maxLifetime would renew them. */
public final class PoolConnections {

	private PoolConnections() {
	}

	/**
	 * Replaces every connection of the portal's pool and of JobRunr's (new database
	 * sessions, with empty caches), as each pool's maxLifetime does.
	 */
	public static void replace(ApplicationContext context) throws SQLException {
		context.getBean(DataSource.class).unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		context.getBean(JobRunrStorageConfiguration.JobRunrPool.class)
			.dataSource()
			.getHikariPoolMXBean()
			.softEvictConnections();
	}

	/** The size of JobRunr's own pool. */
	public static int jobRunrPoolSize(ApplicationContext context) {
		return context.getBean(JobRunrStorageConfiguration.JobRunrPool.class).dataSource().getMaximumPoolSize();
	}

}

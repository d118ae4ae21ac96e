package io.ardesk.tenancy.internal;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * JobRunr keeps its books on a pool of its own: with every connection of the portal's
 * pool taken (a burst of requests, long reports), jobs are still enqueued, read and moved
 * along at once instead of waiting for a connection (30 s, then a failure).
 */
@ArdeskIntegrationTest
class JobRunrStorageIntegrationTest extends IntegrationTestSupport {

	@Autowired
	DataSource dataSource;

	@Autowired
	JobScheduler scheduler;

	@Autowired
	StorageProvider storage;

	@Test
	void jobsAreEnqueuedAndReadWhileThePortalsPoolIsExhausted() throws Exception {
		HikariDataSource portal = this.dataSource.unwrap(HikariDataSource.class);
		List<Connection> taken = new ArrayList<>();
		try {
			while (taken.size() < portal.getMaximumPoolSize()) {
				taken.add(this.dataSource.getConnection());
			}
			assertThat(portal.getHikariPoolMXBean().getIdleConnections()).isZero();
			UUID id = assertTimeoutPreemptively(Duration.ofSeconds(10),
					() -> this.scheduler
						.schedule(Instant.now().plus(Duration.ofDays(1)), JobRunrStorageIntegrationTest::later)
						.asUUID());
			Job job = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> this.storage.getJobById(id));
			assertThat(job.getState()).isEqualTo(StateName.SCHEDULED);
			assertTimeoutPreemptively(Duration.ofSeconds(10),
					() -> this.storage.save(job.delete("test: scheduled only to be read back")));
			assertThat(this.storage.getJobById(id).getState()).isEqualTo(StateName.DELETED);
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
	}

	/** Never runs: the job is deleted before its day. */
	public static void later() {
	}

}

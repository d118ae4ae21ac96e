package io.ardesk.tenancy.internal;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Part of a quiet stop: right after it starts, JobRunr checks and migrates its tables on
 * a thread of its own, and its stop does not wait for that thread. A stop soon after a
 * start would close the connection pool under it and log the failure with a stack trace.
 * This bean depends on the pool, so Spring destroys it first: it waits (briefly) for
 * those start-up tasks to end.
 */
@Component
class JobRunrStartupTasksGuard implements DisposableBean {

	static final String THREAD_PREFIX = "jobrunr-startup-task";

	static final Duration MAX_WAIT = Duration.ofSeconds(5);

	JobRunrStartupTasksGuard(DataSource pool) {
		// the dependency orders the stop: this bean is destroyed before the pool
	}

	@Override
	public void destroy() throws InterruptedException {
		long deadline = System.nanoTime() + MAX_WAIT.toNanos();
		while (running() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

	private static boolean running() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.anyMatch((thread) -> thread.isAlive() && thread.getName().startsWith(THREAD_PREFIX));
	}

}

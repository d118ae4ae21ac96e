package io.ardesk.tenancy.internal;

import java.time.Duration;

import org.jobrunr.server.BackgroundJobServer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Part of a quiet stop: JobRunr's background job server announces itself in its table a
 * moment after it starts, on a thread of its own. A stop that deletes the server's row
 * while that first announcement is under way makes JobRunr log "No servers available"
 * with a stack trace; and right after announcing itself it schedules its master tasks,
 * which a stop at that moment rejects, again with a stack trace. Lifecycle beans stop
 * before any bean is destroyed, this one among the first: it waits (briefly) until the
 * server has announced itself and then a moment more for those tasks to be scheduled.
 */
@Component
class JobRunrAnnouncementGuard implements SmartLifecycle {

	static final Duration MAX_WAIT = Duration.ofSeconds(5);

	/** JobRunr schedules its master tasks right after the announcement: time for that. */
	static final Duration SETTLE = Duration.ofMillis(300);

	private final ObjectProvider<BackgroundJobServer> servers;

	private volatile boolean running;

	JobRunrAnnouncementGuard(ObjectProvider<BackgroundJobServer> servers) {
		this.servers = servers;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		BackgroundJobServer server = this.servers.getIfAvailable();
		long deadline = System.nanoTime() + MAX_WAIT.toNanos();
		try {
			if (server != null && server.isRunning()) {
				boolean waited = false;
				while (!server.isAnnounced() && System.nanoTime() < deadline) {
					waited = true;
					Thread.sleep(50);
				}
				Thread.sleep(waited ? SETTLE.toMillis() * 2 : SETTLE.toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}

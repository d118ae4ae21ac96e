package io.ardesk.worklist.internal;

import io.ardesk.imports.FileImported;
import io.ardesk.imports.ImportStatus;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.WorkQueue;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps queues current: a posted import rescores the claims it changed in its own
 * transaction (the queue shows them when the import answers); every night all claims are
 * rescored, because ages and deadlines move with the date.
 */
@Component
public class QueueRefreshJobs {

	private final WorkQueue queue;

	private final JobScheduler scheduler;

	private final ClientDirectory directory;

	QueueRefreshJobs(WorkQueue queue, JobScheduler scheduler, ClientDirectory directory) {
		this.queue = queue;
		this.scheduler = scheduler;
		this.directory = directory;
	}

	/** Runs in the import's transaction: see {@link FileImported}. */
	@EventListener
	void onFileImported(FileImported event) {
		if (event.status() == ImportStatus.POSTED) {
			this.queue.refresh(event.client(), false);
		}
	}

	@Job(name = "Rescore changed claims of client %0", retries = 2)
	public void refreshChanged(String clientId) {
		SystemActor.run(() -> this.queue.refresh(ClientId.of(clientId), false));
	}

	@Job(name = "Rescore all claims of client %0", retries = 2)
	public void refreshAll(String clientId) {
		SystemActor.run(() -> this.queue.refresh(ClientId.of(clientId), true));
	}

	@Recurring(id = "nightly-queue-rescore", cron = "30 1 * * *")
	@Job(name = "Nightly rescore: fan out to every client")
	public void refreshAllClients() {
		for (var client : this.directory.activeClients()) {
			String id = client.id().value();
			this.scheduler.<QueueRefreshJobs>enqueue((jobs) -> jobs.refreshAll(id));
		}
	}

}

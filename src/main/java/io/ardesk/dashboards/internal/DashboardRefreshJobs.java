package io.ardesk.dashboards.internal;

import io.ardesk.imports.FileImported;
import io.ardesk.imports.ImportStatus;
import io.ardesk.remittance.RemittancePosted;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the dashboard read model current: after a posting commits (a remittance posted,
 * an import posted) one refresh of that client is enqueued unless one is already pending;
 * every hour all active clients are refreshed, because the trailing window, ages, touches
 * and escalations move with the clock.
 */
@Component
public class DashboardRefreshJobs {

	private static final Logger log = LoggerFactory.getLogger(DashboardRefreshJobs.class);

	private final DashboardReadModel readModel;

	private final JobScheduler scheduler;

	private final ClientDirectory directory;

	DashboardRefreshJobs(DashboardReadModel readModel, JobScheduler scheduler, ClientDirectory directory) {
		this.readModel = readModel;
		this.scheduler = scheduler;
		this.directory = directory;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void onRemittancePosted(RemittancePosted event) {
		requestRefresh(event.client());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void onFileImported(FileImported event) {
		if (event.status() == ImportStatus.POSTED) {
			requestRefresh(event.client());
		}
	}

	/**
	 * The posting has committed whatever happens here: a failure is logged, and readers
	 * still never see figures older than the ledger (the read model checks its journal
	 * mark).
	 */
	private void requestRefresh(ClientId client) {
		try {
			if (SystemActor.call(() -> this.readModel.requestRefresh(client))) {
				String id = client.value();
				this.scheduler.<DashboardRefreshJobs>enqueue((jobs) -> jobs.refresh(id));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not request a dashboard refresh of client {}: {}", client, ex.getClass().getSimpleName(),
					ex);
		}
	}

	@Job(name = "Refresh the dashboard of client %0", retries = 2)
	public void refresh(String clientId) {
		SystemActor.run(() -> this.readModel.recompute(ClientId.of(clientId)));
	}

	@Recurring(id = "hourly-dashboard-refresh", cron = "7 * * * *")
	@Job(name = "Hourly dashboard refresh: fan out to every client")
	public void refreshAllClients() {
		for (var client : this.directory.activeClients()) {
			String id = client.id().value();
			this.scheduler.<DashboardRefreshJobs>enqueue((jobs) -> jobs.refresh(id));
		}
	}

}

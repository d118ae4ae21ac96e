package io.ardesk.trends.internal;

import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;

import org.springframework.stereotype.Component;

/**
 * Nightly detection: a zero-argument trigger enqueues one job per active client, so that
 * one slow or failing client holds up no other.
 */
@Component
public class TrendDetectionJobs {

	private final TrendIssueService issues;

	private final ClientDirectory directory;

	private final JobScheduler scheduler;

	TrendDetectionJobs(TrendIssueService issues, ClientDirectory directory, JobScheduler scheduler) {
		this.issues = issues;
		this.directory = directory;
		this.scheduler = scheduler;
	}

	@Recurring(id = "nightly-trend-detection", cron = "0 2 * * *")
	@Job(name = "Nightly trend detection: fan out to every client")
	public void detectAllClients() {
		for (ClientProfile client : this.directory.activeClients()) {
			String id = client.id().value();
			this.scheduler.<TrendDetectionJobs>enqueue((jobs) -> jobs.detect(id));
		}
	}

	@Job(name = "Trend detection of client %0", retries = 2)
	public void detect(String clientId) {
		SystemActor.run(() -> this.issues.detect(ClientId.of(clientId)));
	}

}

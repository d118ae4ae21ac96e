package io.ardesk.aging.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import io.ardesk.aging.AgingSnapshots;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;

import org.springframework.stereotype.Component;

/** Every night, one job per active client records its aging totals of the day. */
@Component
public class AgingSnapshotJobs {

	private final AgingSnapshots snapshots;

	private final ClientDirectory directory;

	private final JobScheduler scheduler;

	AgingSnapshotJobs(AgingSnapshots snapshots, ClientDirectory directory, JobScheduler scheduler) {
		this.snapshots = snapshots;
		this.directory = directory;
		this.scheduler = scheduler;
	}

	@Recurring(id = "nightly-aging-snapshot", cron = "45 23 * * *")
	@Job(name = "Nightly aging snapshot: fan out to every client")
	public void recordAllClients() {
		for (var client : this.directory.activeClients()) {
			String id = client.id().value();
			this.scheduler.<AgingSnapshotJobs>enqueue((jobs) -> jobs.record(id));
		}
	}

	@Job(name = "Aging snapshot of client %0", retries = 2)
	public void record(String clientId) {
		ClientId client = ClientId.of(clientId);
		ZoneId zone = this.directory.find(client).map((profile) -> profile.timeZone()).orElse(ZoneId.of("UTC"));
		SystemActor.run(() -> this.snapshots.record(client, LocalDate.now(zone)));
	}

}

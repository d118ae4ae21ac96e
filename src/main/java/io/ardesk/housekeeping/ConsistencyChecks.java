package io.ardesk.housekeeping;

import java.util.List;

import io.ardesk.housekeeping.internal.ConsistencyCheckRecorder;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;

import org.springframework.stereotype.Service;

/**
 * The nightly consistency check: a zero-argument trigger fans out one job per active
 * client; each job takes only the client id and records its run in that client's schema.
 */
@Service
public class ConsistencyChecks {

	private final ClientDirectory directory;

	private final JobScheduler scheduler;

	private final ConsistencyCheckRecorder recorder;

	ConsistencyChecks(ClientDirectory directory, JobScheduler scheduler, ConsistencyCheckRecorder recorder) {
		this.directory = directory;
		this.scheduler = scheduler;
		this.recorder = recorder;
	}

	/** Enqueues one check per active client; returns their ids. */
	@Recurring(id = "nightly-consistency-check", cron = "0 2 * * *")
	@Job(name = "Nightly consistency check: fan out to every client")
	public List<String> checkAllClients() {
		List<String> ids = this.directory.activeClients().stream().map((client) -> client.id().value()).toList();
		for (String id : ids) {
			this.scheduler.<ConsistencyChecks>enqueue((checks) -> checks.checkClient(id));
		}
		return ids;
	}

	/** Checks one client; runs as the system, in that client's schema only. */
	@Job(name = "Consistency check of client %0", retries = 2)
	public void checkClient(String clientId) {
		ClientId client = ClientId.of(clientId);
		SystemActor.run(() -> this.recorder.check(client));
	}

}

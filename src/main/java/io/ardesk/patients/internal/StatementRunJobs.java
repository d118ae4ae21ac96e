package io.ardesk.patients.internal;

import java.time.LocalDate;

import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;

import org.springframework.stereotype.Component;

/**
 * The monthly statement cycle: every morning a zero-argument trigger enqueues one job per
 * active client whose cycle day is today (or was, within the catch-up days, in case the
 * portal was down); each job runs that client's cycle once.
 */
@Component
public class StatementRunJobs {

	private final StatementRunService runs;

	private final ClientDirectory directory;

	private final JobScheduler scheduler;

	private final ClientCalendar calendar;

	StatementRunJobs(StatementRunService runs, ClientDirectory directory, JobScheduler scheduler,
			ClientCalendar calendar) {
		this.runs = runs;
		this.directory = directory;
		this.scheduler = scheduler;
		this.calendar = calendar;
	}

	@Recurring(id = "statement-cycle", cron = "0 6 * * *")
	@Job(name = "Statement cycle: fan out to the clients on their cycle day")
	public void startDueCycles() {
		for (ClientProfile client : this.directory.activeClients()) {
			LocalDate today = this.calendar.today(client.id());
			if (StatementCycle.scheduledRunDue(today, client.rules().statements().cycleDay())) {
				String id = client.id().value();
				this.scheduler.<StatementRunJobs>enqueue((jobs) -> jobs.runCycle(id));
			}
		}
	}

	/** Runs one client's cycle as the system; nothing happens when it already ran. */
	@Job(name = "Statement run of client %0", retries = 2)
	public void runCycle(String clientId) {
		SystemActor.run(() -> this.runs.runScheduled(ClientId.of(clientId)));
	}

}

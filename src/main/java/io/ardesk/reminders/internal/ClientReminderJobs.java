package io.ardesk.reminders.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.notifications.Notifications;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.worklist.CadenceSchedule;
import io.ardesk.worklist.NoResponseClaims;
import io.ardesk.worklist.WorkDigestQueries;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;

import org.springframework.stereotype.Component;

/**
 * Per-client reminder jobs: deadline alerts, "no response" claims, and the cadence
 * scheduler. Each takes the claims not announced before in bounded batches as the system;
 * a batch is recorded as announced in the same transaction as its notifications (one per
 * recipient), so a rerun or retry tells nobody twice. One job per client: a huge client
 * never holds up a small one, and one client's failure stops no other.
 */
@Component
public class ClientReminderJobs {

	/** Claims read per batch. */
	static final int BATCH = 500;

	private final WorkDigestQueries queries;

	private final NoResponseClaims noResponse;

	private final CadenceSchedule cadences;

	private final Notifications notifications;

	private final ReminderRecipients recipients;

	private final ClientDirectory directory;

	private final JobScheduler scheduler;

	private final Clock clock;

	ClientReminderJobs(WorkDigestQueries queries, NoResponseClaims noResponse, CadenceSchedule cadences,
			Notifications notifications, ReminderRecipients recipients, ClientDirectory directory,
			JobScheduler scheduler, Clock clock) {
		this.queries = queries;
		this.noResponse = noResponse;
		this.cadences = cadences;
		this.notifications = notifications;
		this.recipients = recipients;
		this.directory = directory;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	@Recurring(id = "deadline-alerts", cron = "0 6 * * *")
	@Job(name = "Deadline alerts: fan out to every client")
	public List<String> alertDeadlinesOfAllClients() {
		List<String> ids = activeClientIds();
		this.scheduler.<ClientReminderJobs, String>enqueue(ids.stream(), (jobs, id) -> jobs.alertDeadlines(id));
		return ids;
	}

	@Recurring(id = "no-response", cron = "15 6 * * *")
	@Job(name = "No response: fan out to every client")
	public List<String> noResponseOfAllClients() {
		List<String> ids = activeClientIds();
		this.scheduler.<ClientReminderJobs, String>enqueue(ids.stream(), (jobs, id) -> jobs.noResponse(id));
		return ids;
	}

	@Recurring(id = "cadence-scheduler", cron = "0 5 * * *")
	@Job(name = "Cadence scheduler: fan out to every client")
	public List<String> cadencesOfAllClients() {
		List<String> ids = activeClientIds();
		this.scheduler.<ClientReminderJobs, String>enqueue(ids.stream(), (jobs, id) -> jobs.applyCadences(id));
		return ids;
	}

	/**
	 * Timely-filing and appeal deadlines within the client's {@code deadlineAlertDays}:
	 * the owner and the account managers hear once per claim and deadline. Each recipient
	 * gets one notification per batch: the claim itself when it is one, else the list.
	 */
	@Job(name = "Deadline alerts of client %0", retries = 3)
	public int alertDeadlines(String clientId) {
		ClientProfile profile = profile(clientId);
		if (profile == null) {
			return 0;
		}
		ClientId client = profile.id();
		ReminderRecipients.Team team = this.recipients.of(client);
		LocalDate today = today(profile);
		int days = profile.rules().followUp().deadlineAlertDays();
		int[] sent = new int[1];
		while (true) {
			int announced = SystemActor.call(() -> this.queries.announceDeadlines(client, today, days,
					this.clock.instant(), BATCH, (batch) -> sent[0] += this.notifications
						.sendAll(ReminderMessages.deadlines(profile, today, days, batch, team))));
			if (announced < BATCH) {
				return sent[0];
			}
		}
	}

	/**
	 * Submitted claims with no remittance and no touch for the client's (or payer's)
	 * no-response days: their owner hears once per claim (the account managers when
	 * nobody owns it), in one notification per batch. The queue gives them the reason "no
	 * response" itself.
	 */
	@Job(name = "No response of client %0", retries = 3)
	public int noResponse(String clientId) {
		ClientProfile profile = profile(clientId);
		if (profile == null) {
			return 0;
		}
		ClientId client = profile.id();
		ReminderRecipients.Team team = this.recipients.of(client);
		LocalDate today = today(profile);
		int[] sent = new int[1];
		while (true) {
			int announced = SystemActor.call(() -> this.noResponse.announceSilent(client, today, this.clock.instant(),
					BATCH, (batch) -> sent[0] += this.notifications
						.sendAll(ReminderMessages.silent(profile, today, batch, team))));
			if (announced < BATCH) {
				return sent[0];
			}
		}
	}

	/** Brings due dates forward to the client's cadences; returns how many moved. */
	@Job(name = "Cadence scheduler of client %0", retries = 3)
	public int applyCadences(String clientId) {
		ClientProfile profile = profile(clientId);
		if (profile == null) {
			return 0;
		}
		return SystemActor.call(() -> this.cadences.apply(profile.id(), today(profile), BATCH));
	}

	private List<String> activeClientIds() {
		return this.directory.activeClients().stream().map((c) -> c.id().value()).toList();
	}

	private @org.jspecify.annotations.Nullable ClientProfile profile(String clientId) {
		return this.directory.find(ClientId.of(clientId)).filter(ClientProfile::active).orElse(null);
	}

	private LocalDate today(ClientProfile profile) {
		return LocalDate.now(this.clock.withZone(profile.timeZone()));
	}

}

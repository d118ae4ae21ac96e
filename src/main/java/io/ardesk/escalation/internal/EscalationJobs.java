package io.ardesk.escalation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationStatus;
import io.ardesk.escalation.LadderStep;
import io.ardesk.notifications.NotificationKind;
import io.ardesk.notifications.NotificationRequest;
import io.ardesk.notifications.Notifications;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import org.jspecify.annotations.Nullable;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The escalation jobs. Each takes a client id and plain ids, reads the client as the
 * system, and sends notifications (control schema) after that read, each with an
 * idempotency key naming the fact and the recipient: a retried job tells nobody twice,
 * and a ladder step is recorded only after its notifications went out.
 */
@Component
public class EscalationJobs {

	private static final Logger log = LoggerFactory.getLogger(EscalationJobs.class);

	/** Open escalations read per batch by the SLA watch. */
	static final int BATCH = 200;

	private final EscalationReads reads;

	private final Notifications notifications;

	private final ClientTeam team;

	private final ClientDirectory directory;

	private final JobScheduler scheduler;

	private final Clock clock;

	EscalationJobs(EscalationReads reads, Notifications notifications, ClientTeam team, ClientDirectory directory,
			JobScheduler scheduler, Clock clock) {
		this.reads = reads;
		this.notifications = notifications;
		this.team = team;
		this.directory = directory;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/** Every ten minutes: one SLA watch job per active client. */
	@Recurring(id = "escalation-sla-watch", cron = "*/10 * * * *")
	@Job(name = "Escalation SLA watch: fan out to every client")
	public List<String> watchAllClients() {
		List<String> ids = this.directory.activeClients().stream().map((c) -> c.id().value()).toList();
		// saved in one batch, not one insert per client
		this.scheduler.<EscalationJobs, String>enqueue(ids.stream(), (jobs, id) -> jobs.watch(id));
		return ids;
	}

	/**
	 * Climbs the SLA ladder of one client's open escalations whose deadlines passed;
	 * returns how many notifications went out.
	 */
	@Job(name = "Escalation SLA watch of client %0", retries = 3)
	public int watch(String clientId) {
		ClientId client = ClientId.of(clientId);
		ClientProfile profile = this.directory.find(client).orElse(null);
		if (profile == null || !profile.active()) {
			return 0;
		}
		Instant now = this.clock.instant();
		Audience audience = new Audience(client);
		int sent = 0;
		long after = 0;
		// who hears of which step, known before the client's transaction begins
		audience.of(LadderStep.ACKNOWLEDGE_LATE);
		audience.of(LadderStep.ACKNOWLEDGE_TWICE_LATE);
		while (true) {
			long from = after;
			int[] notified = new int[1];
			List<EscalationStore.Climb> climbed = new ArrayList<>();
			// one transaction of the client: the batch read, its notifications and its
			// steps
			List<EscalationStore.Watched> batch = SystemActor
				.call(() -> this.reads.watch(client, now, from, BATCH, (overdue) -> {
					List<NotificationRequest> requests = new ArrayList<>();
					List<EscalationStore.Climb> climbs = new ArrayList<>();
					for (EscalationStore.Watched watched : overdue) {
						for (LadderStep step : SlaLadder.due(watched, now)) {
							requests.addAll(climb(profile, watched.escalation(), step, audience.of(step)));
							climbs.add(new EscalationStore.Climb(watched.escalation().id(), step));
						}
					}
					if (!requests.isEmpty()) {
						notified[0] = this.notifications.sendAll(requests);
					}
					climbed.addAll(climbs);
					return climbs;
				}));
			sent += notified[0];
			for (EscalationStore.Climb climb : climbed) {
				log.info("Escalation {} climbed: {}", climb.escalationId(), climb.step());
			}
			if (batch.size() < BATCH) {
				return sent;
			}
			after = batch.getLast().escalation().id();
		}
	}

	/** Who hears of a client's ladder steps, read at most once per job. */
	private final class Audience {

		private final ClientId client;

		private @Nullable List<String> managers;

		private @Nullable List<String> administrators;

		Audience(ClientId client) {
			this.client = client;
		}

		List<String> of(LadderStep step) {
			if (step.toFirmAdministrators()) {
				if (this.administrators == null) {
					this.administrators = EscalationJobs.this.team.firmAdministrators();
				}
				return this.administrators;
			}
			if (this.managers == null) {
				this.managers = managersOrAdministrators(this.client);
			}
			return this.managers;
		}

	}

	/** Tells those who must hear about a raised or changed escalation. */
	@Job(name = "Announce escalation %1 of client %0 (%2)", retries = 5)
	public int announce(String clientId, long escalationId, String status) {
		ClientId client = ClientId.of(clientId);
		ClientProfile profile = this.directory.find(client).orElse(null);
		if (profile == null) {
			return 0;
		}
		EscalationReads.Subject subject = SystemActor.call(() -> this.reads.subject(client, escalationId)).orElse(null);
		if (subject == null) {
			return 0;
		}
		Escalation escalation = subject.escalation();
		EscalationStatus state = EscalationStatus.valueOf(status);
		int sent = 0;
		if (state == EscalationStatus.OPEN) {
			Set<String> recipients = new LinkedHashSet<>();
			if (subject.owner() != null) {
				recipients.add(subject.owner());
			}
			recipients.addAll(managersOrAdministrators(client));
			String title = "Claim " + escalation.claimNumber() + " (" + profile.name() + ") flagged for escalation";
			String body = "The practice flagged claim " + escalation.claimNumber() + ": "
					+ escalation.reason().label().toLowerCase() + ". Acknowledge by " + when(escalation.acknowledgeBy())
					+ ", resolve by " + when(escalation.resolveBy()) + ".";
			for (String user : recipients) {
				sent += send(user, NotificationKind.ESCALATION_RAISED, key(client, escalationId, "raised", user),
						client, escalation, title, body);
			}
		}
		else {
			String by = (state == EscalationStatus.RESOLVED) ? escalation.resolvedBy() : escalation.acknowledgedBy();
			if (!escalation.raisedBy().equals(by)) {
				String title = "Escalation of claim " + escalation.claimNumber() + " (" + profile.name() + "): "
						+ state.label().toLowerCase();
				String body = (state == EscalationStatus.RESOLVED) ? "Resolved: " + escalation.resolution()
						: "The firm is on it (" + state.label() + ").";
				sent += send(escalation.raisedBy(), NotificationKind.ESCALATION_UPDATED,
						key(client, escalationId, state.name().toLowerCase(), escalation.raisedBy()), client,
						escalation, title, body);
			}
		}
		return sent;
	}

	private List<NotificationRequest> climb(ClientProfile profile, Escalation escalation, LadderStep step,
			List<String> recipients) {
		String title = "Escalation of claim " + escalation.claimNumber() + " (" + profile.name() + ") "
				+ step.description();
		boolean acknowledging = step == LadderStep.ACKNOWLEDGE_LATE || step == LadderStep.ACKNOWLEDGE_TWICE_LATE;
		String body = "Flagged by the practice on " + when(escalation.raisedAt()) + " ("
				+ escalation.reason().label().toLowerCase() + "); "
				+ (acknowledging ? "acknowledgement was due " + when(escalation.acknowledgeBy())
						: "resolution was due " + when(escalation.resolveBy()))
				+ ". Status: " + escalation.status().label() + ".";
		return recipients.stream()
			.map((user) -> new NotificationRequest(user, NotificationKind.ESCALATION_OVERDUE,
					key(profile.id(), escalation.id(), step.name().toLowerCase(), user), profile.id(),
					escalation.claimNumber(), escalation.id(), title, body))
			.toList();
	}

	private List<String> managersOrAdministrators(ClientId client) {
		List<String> managers = this.team.accountManagersOf(client);
		return managers.isEmpty() ? this.team.firmAdministrators() : managers;
	}

	private int send(String user, NotificationKind kind, String key, ClientId client, Escalation escalation,
			String title, String body) {
		return this.notifications.send(new NotificationRequest(user, kind, key, client, escalation.claimNumber(),
				escalation.id(), title, body)) ? 1 : 0;
	}

	private String when(Instant instant) {
		return Formats.dateTime(instant, this.directory.firm().timeZone());
	}

	private static String key(ClientId client, long escalationId, String fact, String user) {
		return "escalation:" + client.value() + ":" + escalationId + ":" + fact + ":" + user;
	}

}

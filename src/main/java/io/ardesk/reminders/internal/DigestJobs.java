package io.ardesk.reminders.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import io.ardesk.notifications.NotificationKind;
import io.ardesk.notifications.NotificationRequest;
import io.ardesk.notifications.Notifications;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.TeamMember;
import io.ardesk.tenancy.FirmProfile;
import io.ardesk.tenancy.ClientDirectory;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;

import org.springframework.stereotype.Component;

/**
 * The morning digest at the firm's {@code digestAt} in its time zone: the trigger runs
 * every quarter hour and, once that time has come (within two hours of it), enqueues one
 * job per staff member whose digest of the day was not sent yet. The idempotency key
 * (user and day) makes the day's digest go out once, whatever reruns.
 */
@Component
public class DigestJobs {

	private final MorningDigest digest;

	private final Notifications notifications;

	private final ClientTeam team;

	private final ClientDirectory directory;

	private final JobScheduler scheduler;

	private final Clock clock;

	DigestJobs(MorningDigest digest, Notifications notifications, ClientTeam team, ClientDirectory directory,
			JobScheduler scheduler, Clock clock) {
		this.digest = digest;
		this.notifications = notifications;
		this.team = team;
		this.directory = directory;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	@Recurring(id = "morning-digest", cron = "*/15 * * * *")
	@Job(name = "Morning digest: fan out to every staff member once it is time")
	public List<String> sendDueDigests() {
		FirmProfile firm = this.directory.firm();
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(firm.timeZone()));
		LocalTime at = firm.digestAt();
		LocalTime time = now.toLocalTime();
		if (time.isBefore(at) || !time.isBefore(at.plusHours(2)) || at.plusHours(2).isBefore(at)) {
			return List.of();
		}
		String day = now.toLocalDate().toString();
		List<String> users = this.team.staff()
			.stream()
			.map(TeamMember::username)
			.filter((user) -> !this.notifications.wasSent(key(user, day)))
			.toList();
		users.forEach((user) -> this.scheduler.<DigestJobs>enqueue((jobs) -> jobs.sendDigest(user, day)));
		return users;
	}

	/**
	 * Writes and sends one user's digest for a day (yyyy-MM-dd); nothing when there is
	 * nothing to tell or it went out already.
	 */
	@Job(name = "Morning digest of %0 for %1", retries = 3)
	public boolean sendDigest(String username, String day) {
		if (this.notifications.wasSent(key(username, day))) {
			return false;
		}
		TeamMember member = this.team.staff()
			.stream()
			.filter((m) -> m.username().equals(username))
			.findFirst()
			.orElse(null);
		if (member == null) {
			return false;
		}
		LocalDate date = LocalDate.parse(day);
		String text = this.digest.write(member, date);
		if (text.isEmpty()) {
			return false;
		}
		return this.notifications.send(new NotificationRequest(username, NotificationKind.DIGEST, key(username, day),
				null, null, null, "Your ARdesk digest for " + io.ardesk.shared.ui.Formats.date(date), text));
	}

	private static String key(String username, String day) {
		return "digest:" + day + ":" + username;
	}

}

package io.ardesk.notifications.internal;

import io.ardesk.notifications.Notifications;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import org.springframework.stereotype.Component;

/**
 * Retries e-mail the mail server did not take at once (every five minutes); without a
 * mail server configured it does nothing and the outbox keeps the mail.
 */
@Component
public class MailOutboxJobs {

	private final Notifications notifications;

	MailOutboxJobs(Notifications notifications) {
		this.notifications = notifications;
	}

	@Recurring(id = "mail-outbox", cron = "*/5 * * * *")
	@Job(name = "Send e-mail waiting in the outbox")
	public int sendWaitingMail() {
		return this.notifications.dispatchMail();
	}

}

package io.ardesk.reports.internal;

import io.ardesk.notifications.MailRequest;
import io.ardesk.notifications.NotificationKind;
import io.ardesk.notifications.Notifications;
import io.ardesk.reports.ArchivedReport;
import io.ardesk.reports.ReportKind;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells a practice's report recipients that a report is ready, once per recipient and
 * report (the idempotency key names both). The mail outbox holds text only, so the mail
 * carries a sign-in link instead of the PDF, and nothing about patients.
 */
@Component
class ReportMailing {

	private static final Logger log = LoggerFactory.getLogger(ReportMailing.class);

	private final Notifications notifications;

	private final ClientDirectory directory;

	private final String portalUrl;

	ReportMailing(Notifications notifications, ClientDirectory directory, Environment environment) {
		this.notifications = notifications;
		this.directory = directory;
		String url = environment.getProperty("ardesk.reports.portal-url", "http://localhost:8080");
		this.portalUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * Mails every recipient who has not had this report; returns how many were mailed.
	 */
	int deliver(ClientProfile profile, ArchivedReport report) {
		int sent = 0;
		for (String address : profile.rules().reports().recipients()) {
			try {
				if (this.notifications.sendMail(mail(profile, report, address))) {
					sent++;
				}
			}
			catch (InvalidInputException ex) {
				log.warn("A report recipient of client {} is not a usable e-mail address", profile.id());
			}
		}
		return sent;
	}

	static String key(ClientProfile profile, ArchivedReport report, String address) {
		return "report:" + profile.id().value() + ":" + report.kind().name() + ":" + report.period().key() + ":"
				+ address;
	}

	private MailRequest mail(ClientProfile profile, ArchivedReport report, String address) {
		String kind = (report.kind() == ReportKind.WEEKLY) ? "weekly" : "monthly";
		String subject = "Your " + kind + " A/R report: " + profile.name() + ", " + report.period().title();
		String body = "Your " + kind + " A/R report for " + profile.name() + " is ready.\n\n" + "Period: "
				+ report.period().title() + " (" + Formats.date(report.period().from()) + " - "
				+ Formats.date(report.period().to()) + ")\n\n" + "Sign in to read and download it (Reports page):\n"
				+ this.portalUrl + "/reports\n\n"
				+ "The report is not attached: it stays in ARdesk, where only your practice's users can read it.\n"
				+ "You receive this e-mail because " + this.directory.firm().name()
				+ " lists you as a report recipient of your practice.\n";
		return new MailRequest(address, NotificationKind.CLIENT_REPORT, key(profile, report, address), profile.id(),
				subject, body);
	}

}

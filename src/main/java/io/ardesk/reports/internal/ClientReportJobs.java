package io.ardesk.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.reports.ArchivedReport;
import io.ardesk.reports.ClientReports;
import io.ardesk.reports.ReportKind;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.ReportDelivery;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;

import org.springframework.stereotype.Component;

/**
 * Every morning, one job per active client builds the report of each period that closed
 * at least {@code reports.delayDays} ago (weekly, monthly or both, as configured) unless
 * it is archived already, and mails it to the recipients who have not had it. Running
 * again, or a retry after a failure, builds nothing twice and mails nobody twice.
 */
@Component
public class ClientReportJobs {

	private final ClientReports reports;

	private final ReportMailing mailing;

	private final ClientDirectory directory;

	private final JobScheduler scheduler;

	ClientReportJobs(ClientReports reports, ReportMailing mailing, ClientDirectory directory, JobScheduler scheduler) {
		this.reports = reports;
		this.mailing = mailing;
		this.directory = directory;
		this.scheduler = scheduler;
	}

	@Recurring(id = "client-reports", cron = "30 4 * * *")
	@Job(name = "Client reports: fan out to every client")
	public List<String> buildAllClients() {
		List<String> ids = this.directory.activeClients().stream().map((c) -> c.id().value()).toList();
		ids.forEach((id) -> this.scheduler.<ClientReportJobs>enqueue((jobs) -> jobs.build(id)));
		return ids;
	}

	/**
	 * Builds and mails the client's reports of the periods just closed.
	 * @return the e-mails sent
	 */
	@Job(name = "Client reports of client %0", retries = 3)
	public int build(String clientId) {
		ClientProfile profile = this.directory.find(io.ardesk.tenancy.ClientId.of(clientId))
			.filter(ClientProfile::active)
			.orElse(null);
		if (profile == null) {
			return 0;
		}
		ReportDelivery delivery = profile.rules().reports();
		List<ReportKind> kinds = new ArrayList<>();
		if (delivery.frequency().weekly()) {
			kinds.add(ReportKind.WEEKLY);
		}
		if (delivery.frequency().monthly()) {
			kinds.add(ReportKind.MONTHLY);
		}
		return SystemActor.call(() -> {
			LocalDate today = this.reports.today(profile.id());
			int sent = 0;
			for (ReportKind kind : kinds) {
				ReportPeriod period = ReportPeriod.lastClosed(kind, today, delivery.delayDays());
				ArchivedReport report = this.reports.generateScheduled(profile.id(), period);
				sent += this.mailing.deliver(profile, report);
			}
			return sent;
		});
	}

}

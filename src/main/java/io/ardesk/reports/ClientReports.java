package io.ardesk.reports;

import java.time.LocalDate;
import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * The weekly and monthly reports of a client practice. Reading needs read access to the
 * client (the practice's viewers read their own); generating needs write access (the
 * client's staff). A client the caller may not read is unknown to them.
 */
public interface ClientReports {

	/** Today in the client's time zone. */
	LocalDate today(ClientId client);

	/** The archive, newest period first. */
	List<ArchivedReport> archive(ClientId client);

	/**
	 * The archived report of the latest period of a kind.
	 * @throws io.ardesk.shared.problem.NotFoundException if there is none yet
	 */
	ReportPdf latest(ClientId client, ReportKind kind);

	/**
	 * @throws io.ardesk.shared.problem.NotFoundException if the period is not archived
	 */
	ReportPdf pdf(ClientId client, ReportPeriod period);

	/**
	 * @throws io.ardesk.shared.problem.NotFoundException if the client has no such report
	 */
	ReportPdf pdf(ClientId client, long reportId);

	/**
	 * Builds the period's report now and archives it, replacing an archived one.
	 * @throws io.ardesk.shared.problem.InvalidInputException naming {@code week} or
	 * {@code month} when the period has not ended yet
	 */
	ArchivedReport generate(ClientId client, ReportPeriod period);

	/**
	 * Builds the period's report for the schedule: archives it unless it is archived
	 * already (a scheduled run never replaces a report).
	 * @return the archived report, new or not
	 */
	ArchivedReport generateScheduled(ClientId client, ReportPeriod period);

	/** Whether the caller may generate reports of the client. */
	boolean mayGenerate(ClientId client);

}

package io.ardesk.reports.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import io.ardesk.reports.ArchivedReport;
import io.ardesk.reports.ClientReports;
import io.ardesk.reports.ReportKind;
import io.ardesk.reports.ReportPdf;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.reports.ReportTrigger;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ReadsClient;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.UnknownClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds reports from {@link ReportAssembler} and {@link ReportPdfWriter} and keeps them
 * in the client's archive. A report is built in one transaction, so its figures are one
 * consistent reading of the ledger.
 */
@Service
class ClientReportService implements ClientReports {

	private static final Logger log = LoggerFactory.getLogger(ClientReportService.class);

	private final ClientDirectory directory;

	private final ReportArchive archive;

	private final ReportAssembler assembler;

	private final ReportPdfWriter writer;

	private final ClientAccess access;

	private final Clock clock;

	ClientReportService(ClientDirectory directory, ReportArchive archive, ReportAssembler assembler,
			ReportPdfWriter writer, ClientAccess access, Clock clock) {
		this.directory = directory;
		this.archive = archive;
		this.assembler = assembler;
		this.writer = writer;
		this.access = access;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	public LocalDate today(ClientId client) {
		return LocalDate.now(this.clock
			.withZone(this.directory.find(client).orElseThrow(() -> new UnknownClientException(client)).timeZone()));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<ArchivedReport> archive(ClientId client) {
		return this.archive.all();
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public ReportPdf latest(ClientId client, ReportKind kind) {
		return this.archive.latest(kind)
			.orElseThrow(() -> new NotFoundException("No " + kind.label().toLowerCase(java.util.Locale.ROOT)
					+ " report has been built for this client yet."));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public ReportPdf pdf(ClientId client, ReportPeriod period) {
		return this.archive.of(period)
			.orElseThrow(() -> new NotFoundException("There is no report of " + period.title() + " in the archive."));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public ReportPdf pdf(ClientId client, long reportId) {
		return this.archive.byId(reportId).orElseThrow(() -> new NotFoundException("No report " + reportId + "."));
	}

	@Override
	@ChangesClient
	@Transactional
	public ArchivedReport generate(ClientId client, ReportPeriod period) {
		LocalDate today = today(client);
		if (!period.to().isBefore(today)) {
			String field = (period.kind() == ReportKind.WEEKLY) ? "week" : "month";
			throw new InvalidInputException(field, period.title() + " ends " + Formats.date(period.to())
					+ "; a report is built once the period has ended.");
		}
		return build(client, period, ReportTrigger.ON_DEMAND, true)
			.orElseThrow(() -> new NotFoundException("The report could not be archived."));
	}

	@Override
	@ChangesClient
	@Transactional
	public ArchivedReport generateScheduled(ClientId client, ReportPeriod period) {
		return this.archive.find(period)
			.or(() -> build(client, period, ReportTrigger.SCHEDULE, false))
			.or(() -> this.archive.find(period))
			.orElseThrow(() -> new NotFoundException("The report of " + period.title() + " could not be archived."));
	}

	@Override
	@ReadsClient
	public boolean mayGenerate(ClientId client) {
		return this.access.currentUser().map((user) -> user.role().isStaff()).orElse(false)
				&& this.access.mayWrite(client);
	}

	private java.util.Optional<ArchivedReport> build(ClientId client, ReportPeriod period, ReportTrigger trigger,
			boolean replace) {
		long started = System.nanoTime();
		ReportContent content = this.assembler.content(client, period, this.clock.instant());
		byte[] pdf = this.writer.write(content);
		java.util.Optional<ArchivedReport> saved = this.archive.save(period, pdf, sha256(pdf), content.generatedAt(),
				trigger, replace);
		log.info("{} report {} built ({} bytes, {} ms, {})", period.kind(), period.key(), pdf.length,
				(System.nanoTime() - started) / 1_000_000, trigger);
		return saved;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}

package io.ardesk.reports;

import java.time.Instant;

/**
 * A report in a client's archive.
 *
 * @param sha256 the SHA-256 of the PDF, in hex
 * @param bytes the PDF's size
 */
public record ArchivedReport(long id, ReportPeriod period, Instant generatedAt, ReportTrigger trigger, String sha256,
		int bytes) {

	public ReportKind kind() {
		return this.period.kind();
	}

}

package io.ardesk.reports;

/** An archived report with its PDF. */
public record ReportPdf(ArchivedReport report, byte[] pdf) {

	/**
	 * The file name offered for download, e.g. {@code riverside-cardiology-2026-W47.pdf}.
	 */
	public String fileName(io.ardesk.tenancy.ClientId client) {
		return client.value() + "-" + this.report.period().key() + ".pdf";
	}

}

package io.ardesk.aging.export;

import java.time.LocalDate;

import io.ardesk.aging.AgingReport;
import io.ardesk.tenancy.ClientId;

/**
 * The spreadsheet forms of an aging report, shared by the REST API and the aging page so
 * that both hand out the same file.
 */
public enum AgingExport {

	CSV("csv", "text/csv;charset=UTF-8"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String contentType;

	AgingExport(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String contentType() {
		return this.contentType;
	}

	/** For example {@code aging-lakeview-ortho-2026-11-22.csv}. */
	public String fileName(ClientId client, LocalDate asOf) {
		return "aging-" + client.value() + "-" + asOf + "." + this.extension;
	}

	public byte[] write(AgingReport report) {
		AgingTable table = AgingTable.of(report);
		return switch (this) {
			case CSV -> AgingCsv.write(table);
			case XLSX -> AgingXlsx.write(table);
		};
	}

}

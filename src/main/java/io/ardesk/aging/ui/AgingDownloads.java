package io.ardesk.aging.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.AgingReport;
import io.ardesk.aging.AgingReports;
import io.ardesk.aging.export.AgingExport;
import io.ardesk.tenancy.ClientId;

/**
 * Download links for the report on screen. Served through Vaadin (the REST API wants HTTP
 * Basic, which a signed-in browser does not send), with the same export code.
 */
class AgingDownloads extends HorizontalLayout {

	private final AgingReports reports;

	private final Anchor csv = new Anchor();

	private final Anchor xlsx = new Anchor();

	AgingDownloads(AgingReports reports) {
		this.reports = reports;
		setAlignItems(Alignment.BASELINE);
		label(this.csv, "CSV");
		label(this.xlsx, "Excel");
		add(this.csv, this.xlsx);
	}

	/**
	 * Points the links at this report. The handlers keep their own copies of the values,
	 * as they run on a later request, and ask the service again, which checks access.
	 */
	void show(ClientId client, LocalDate asOf, AgingGrouping grouping) {
		this.csv.setHref(handler(AgingExport.CSV, client, asOf, grouping), AttachmentType.DOWNLOAD);
		this.xlsx.setHref(handler(AgingExport.XLSX, client, asOf, grouping), AttachmentType.DOWNLOAD);
	}

	private DownloadHandler handler(AgingExport format, ClientId client, LocalDate asOf, AgingGrouping grouping) {
		return DownloadHandler.fromInputStream((event) -> {
			AgingReport report = this.reports.report(client, asOf, grouping);
			byte[] content = format.write(report);
			return new DownloadResponse(new ByteArrayInputStream(content), format.fileName(client, asOf),
					format.contentType(), content.length);
		});
	}

	private static void label(Anchor anchor, String text) {
		anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
		anchor.add(" " + text);
		anchor.getElement().setAttribute("aria-label", "Download as " + text);
	}

}

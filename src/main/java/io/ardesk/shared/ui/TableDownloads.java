package io.ardesk.shared.ui;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.ardesk.shared.export.TableFile;
import io.ardesk.shared.export.TableWriter;

/**
 * CSV and Excel links for a table on screen. The table is built again on the download
 * request, through the services, which check access then.
 */
public class TableDownloads extends HorizontalLayout {

	private final Anchor csv = new Anchor();

	private final Anchor xlsx = new Anchor();

	public TableDownloads() {
		setAlignItems(Alignment.BASELINE);
		label(this.csv, "CSV");
		label(this.xlsx, "XLSX");
		add(this.csv, this.xlsx);
	}

	public interface TableSource extends Supplier<TableFile>, Serializable {

	}

	public void show(String fileName, TableSource table) {
		this.csv.setHref(handler(TableFile.Format.CSV, fileName, table), AttachmentType.DOWNLOAD);
		this.xlsx.setHref(handler(TableFile.Format.XLSX, fileName, table), AttachmentType.DOWNLOAD);
	}

	/** Rows written straight to the download, for tables too large to hold. */
	public interface RowSource extends Serializable {

		void write(TableWriter writer);

	}

	/**
	 * Streams the table: {@code rows} runs on the download request with the filter the
	 * view holds then, through the services, which check access.
	 */
	public void stream(String fileName, String title, List<String> header, RowSource rows) {
		this.csv.setHref(streaming(TableFile.Format.CSV, fileName, title, header, rows), AttachmentType.DOWNLOAD);
		this.xlsx.setHref(streaming(TableFile.Format.XLSX, fileName, title, header, rows), AttachmentType.DOWNLOAD);
	}

	private static DownloadHandler streaming(TableFile.Format format, String fileName, String title,
			List<String> header, RowSource rows) {
		List<String> columns = List.copyOf(header);
		return (event) -> {
			event.setFileName(fileName + "." + format.extension());
			event.setContentType(format.contentType());
			try (TableWriter writer = TableWriter.open(format, event.getOutputStream(), title, columns)) {
				rows.write(writer);
			}
		};
	}

	private static DownloadHandler handler(TableFile.Format format, String fileName, TableSource table) {
		return DownloadHandler.fromInputStream((event) -> {
			byte[] content = table.get().write(format);
			return new DownloadResponse(new ByteArrayInputStream(content), fileName + "." + format.extension(),
					format.contentType(), content.length);
		});
	}

	private static void label(Anchor anchor, String text) {
		anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
		anchor.add(" Export " + text);
		anchor.getElement().setAttribute("aria-label", "Export as " + text);
	}

}

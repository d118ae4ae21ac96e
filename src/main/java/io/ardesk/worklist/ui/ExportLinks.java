package io.ardesk.worklist.ui;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.ardesk.worklist.QueueExport;

/**
 * CSV and Excel downloads of a queue with the filter applied; the file is written when
 * clicked, through the service, which checks access again.
 */
final class ExportLinks {

	private ExportLinks() {
	}

	interface Writer extends Function<QueueExport.Format, byte[]>, Serializable {

	}

	static HorizontalLayout of(String name, Writer writer) {
		HorizontalLayout links = new HorizontalLayout();
		links.setSpacing(true);
		for (QueueExport.Format format : QueueExport.Format.values()) {
			Anchor anchor = new Anchor();
			anchor.setHref(DownloadHandler.fromInputStream((event) -> {
				byte[] content = writer.apply(format);
				return new DownloadResponse(new ByteArrayInputStream(content), name + "." + format.extension(),
						format.mediaType(), content.length);
			}));
			anchor.setText("Export " + format.name());
			anchor.setId(name + "-export-" + format.extension());
			links.add(anchor);
		}
		return links;
	}

}

package io.ardesk.shared.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Streams a table as the answer to a download request: the headers first, then each row
 * as it is read. Check access and read the first rows before calling, so that a refusal
 * still answers as a problem rather than half a file.
 */
public final class TableResponse {

	private TableResponse() {
	}

	public static void send(HttpServletResponse response, TableFile.Format format, String fileName, String title,
			List<String> header, Consumer<TableWriter> rows) {
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName + "." + format.extension()).build().toString());
		try (TableWriter writer = TableWriter.open(format, response.getOutputStream(), title, header)) {
			rows.accept(writer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

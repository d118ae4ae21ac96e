package io.ardesk.shared.export;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plain table (header and rows of text, numbers, money and dates) written as CSV (RFC
 * 4180, UTF-8) or as an Excel workbook with money as numbers, through
 * {@link TableWriter}. For tables too large to hold, use {@link TableWriter} and
 * {@link TableResponse} directly.
 */
public record TableFile(String title, List<String> header, List<List<@Nullable Object>> rows) {

	public enum Format {

		CSV("text/csv;charset=UTF-8", "csv"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

		private final String contentType;

		private final String extension;

		Format(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}

		public String contentType() {
			return this.contentType;
		}

		public String extension() {
			return this.extension;
		}

		/** XLSX when the path ends in {@code .xlsx}, otherwise CSV. */
		public static Format ofPath(String path) {
			return path.endsWith(".xlsx") ? XLSX : CSV;
		}

	}

	public byte[] write(Format format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter writer = TableWriter.open(format, out, this.title, this.header)) {
			this.rows.forEach(writer::row);
		}
		return out.toByteArray();
	}

	public byte[] csv() {
		return write(Format.CSV);
	}

	public byte[] xlsx() {
		return write(Format.XLSX);
	}

}

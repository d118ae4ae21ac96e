package io.ardesk.shared.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table row by row to a stream, as CSV (RFC 4180, UTF-8) or as an Excel
 * workbook, so that an export of 100,000 claims never sits whole in memory. Every export
 * of the portal goes through here: money ({@link BigDecimal}) with two decimals, dates
 * ({@link LocalDate}) as MM/dd/yyyy in CSV and as date cells in Excel, and text that a
 * spreadsheet would run as a formula (leading {@code = + - @}) prefixed with {@code '}.
 * Close it to finish the file; the stream itself stays open.
 */
public abstract sealed class TableWriter implements AutoCloseable {

	static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

	/** Opens a writer and writes the header row. */
	public static TableWriter open(TableFile.Format format, OutputStream out, String title, List<String> header) {
		TableWriter writer = (format == TableFile.Format.CSV) ? new Csv(out) : new Xlsx(out, title);
		writer.header(header);
		return writer;
	}

	/** Writes one row; its values are text, numbers, money, dates or null. */
	public abstract void row(List<? extends @Nullable Object> values);

	abstract void header(List<String> header);

	@Override
	public abstract void close();

	/** A cell as CSV text, guarded against formulas, before quoting. */
	static String text(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal amount) {
			return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		String text = (value instanceof LocalDate day) ? US_DATE.format(day) : value.toString();
		return (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. */
	static String quote(String text) {
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	static final class Csv extends TableWriter {

		private final Writer out;

		Csv(OutputStream out) {
			this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
		}

		@Override
		void header(List<String> header) {
			row(header);
		}

		@Override
		public void row(List<? extends @Nullable Object> values) {
			try {
				for (int i = 0; i < values.size(); i++) {
					if (i > 0) {
						this.out.write(',');
					}
					this.out.write(quote(text(values.get(i))));
				}
				this.out.write("\r\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				this.out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** Keeps a window of rows in memory and the rest in a temporary file until closed. */
	static final class Xlsx extends TableWriter {

		private static final int WINDOW = 200;

		private final OutputStream out;

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

		private final Sheet sheet;

		private final CellStyle bold;

		private final CellStyle money;

		private final CellStyle date;

		private int next;

		Xlsx(OutputStream out, String title) {
			this.out = out;
			this.sheet = this.workbook.createSheet(sheetName(title));
			this.bold = this.workbook.createCellStyle();
			Font font = this.workbook.createFont();
			font.setBold(true);
			this.bold.setFont(font);
			this.money = this.workbook.createCellStyle();
			this.money.setDataFormat(this.workbook.createDataFormat().getFormat("#,##0.00"));
			this.date = this.workbook.createCellStyle();
			this.date.setDataFormat(this.workbook.createDataFormat().getFormat("mm/dd/yyyy"));
		}

		private static String sheetName(String title) {
			String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
			return name.isEmpty() ? "Export" : name.substring(0, Math.min(31, name.length()));
		}

		@Override
		void header(List<String> header) {
			Row head = this.sheet.createRow(this.next++);
			for (int i = 0; i < header.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(header.get(i));
				cell.setCellStyle(this.bold);
				this.sheet.setColumnWidth(i, 18 * 256);
			}
			this.sheet.createFreezePane(0, 1);
		}

		@Override
		public void row(List<? extends @Nullable Object> values) {
			Row row = this.sheet.createRow(this.next++);
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(i);
				if (value instanceof BigDecimal amount) {
					cell.setCellValue(amount.setScale(2, RoundingMode.HALF_UP).doubleValue());
					cell.setCellStyle(this.money);
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof LocalDate day) {
					cell.setCellValue(day);
					cell.setCellStyle(this.date);
				}
				else {
					// Text cells are never evaluated; the guard keeps the value the same
					// as in CSV.
					cell.setCellValue(text(value));
				}
			}
		}

		@Override
		public void close() {
			try {
				this.workbook.write(this.out);
				this.out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				this.workbook.dispose();
				try {
					this.workbook.close();
				}
				catch (IOException ex) {
					// The file is written; a failure to delete the temporary file is not
					// the caller's.
				}
			}
		}

	}

}

package io.ardesk.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A plain table (header and rows of text, numbers, money and dates) written as CSV (RFC
 * 4180, UTF-8) or as an Excel workbook with money as numbers.
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

	}

	public byte[] write(Format format) {
		return (format == Format.CSV) ? csv() : xlsx();
	}

	public byte[] csv() {
		StringBuilder out = new StringBuilder();
		line(out, this.header.stream().map(Object.class::cast).toList());
		for (List<@Nullable Object> row : this.rows) {
			line(out, row);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<? extends @Nullable Object> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			Object value = values.get(i);
			String text = (value == null) ? ""
					: (value instanceof BigDecimal money) ? money.toPlainString() : value.toString();
			// A leading =, +, - or @ would be a formula in a spreadsheet.
			if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
				text = "'" + text;
			}
			if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
				text = "\"" + text.replace("\"", "\"\"") + "\"";
			}
			out.append(text);
		}
		out.append("\r\n");
	}

	public byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("mm/dd/yyyy"));
			Sheet sheet = workbook.createSheet(this.title);
			Row head = sheet.createRow(0);
			for (int i = 0; i < this.header.size(); i++) {
				head.createCell(i).setCellValue(this.header.get(i));
				head.getCell(i).setCellStyle(bold);
				sheet.setColumnWidth(i, 18 * 256);
			}
			int index = 1;
			for (List<@Nullable Object> values : this.rows) {
				Row row = sheet.createRow(index++);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					var cell = row.createCell(i);
					if (value instanceof BigDecimal amount) {
						cell.setCellValue(amount.doubleValue());
						cell.setCellStyle(money);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else if (value != null) {
						cell.setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

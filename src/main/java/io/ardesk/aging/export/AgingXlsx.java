package io.ardesk.aging.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.jspecify.annotations.Nullable;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the table as an Excel workbook: bold header, money cells as numbers. */
final class AgingXlsx {

	private static final int GROUP_WIDTH = 40 * 256;

	private static final int COLUMN_WIDTH = 14 * 256;

	private AgingXlsx() {
	}

	static byte[] write(AgingTable table) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet("Aging");
			Row header = sheet.createRow(0);
			List<String> titles = table.header();
			for (int i = 0; i < titles.size(); i++) {
				header.createCell(i).setCellValue(titles.get(i));
				header.getCell(i).setCellStyle(styles.header);
				sheet.setColumnWidth(i, (i == 0) ? GROUP_WIDTH : COLUMN_WIDTH);
			}
			int index = 1;
			for (AgingTable.Line line : table.lines()) {
				Row row = sheet.createRow(index++);
				row.createCell(0).setCellValue(line.group());
				row.createCell(1).setCellValue(line.owedBy());
				if (line.total()) {
					row.getCell(0).setCellStyle(styles.header);
					row.getCell(1).setCellStyle(styles.header);
				}
				List<@Nullable BigDecimal> amounts = line.amounts();
				for (int i = 0; i < amounts.size(); i++) {
					BigDecimal amount = amounts.get(i);
					if (amount == null) {
						continue;
					}
					var cell = row.createCell(2 + i);
					cell.setCellValue(amount.doubleValue());
					cell.setCellStyle(line.total() ? styles.totalMoney : styles.money);
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Styles {

		private final CellStyle header;

		private final CellStyle money;

		private final CellStyle totalMoney;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			short moneyFormat = workbook.createDataFormat().getFormat("#,##0.00");
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.money = workbook.createCellStyle();
			this.money.setDataFormat(moneyFormat);
			this.totalMoney = workbook.createCellStyle();
			this.totalMoney.setDataFormat(moneyFormat);
			this.totalMoney.setFont(bold);
		}

	}

}

package io.ardesk.shared.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableWriterTest {

	static final List<String> HEADER = List.of("Name", "Amount", "Date", "Count");

	@Test
	void csvQuotesByRfc4180GuardsFormulasAndWritesMoneyAndUsDates() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter writer = TableWriter.open(TableFile.Format.CSV, out, "Test", HEADER)) {
			writer.row(Arrays.asList("=HYPERLINK(\"x\")", new BigDecimal("12.5"), LocalDate.of(2026, 3, 9), -3));
			writer.row(Arrays.asList("DOE, JANE", new BigDecimal("-4.456"), null, 0));
			writer.row(Arrays.asList("+1 line\nbreak", BigDecimal.ZERO, null, null));
			writer.row(Arrays.asList("@SUM", null, null, null));
		}

		assertThat(out.toString(StandardCharsets.UTF_8))
			.isEqualTo("Name,Amount,Date,Count\r\n" + "\"'=HYPERLINK(\"\"x\"\")\",12.50,03/09/2026,-3\r\n"
					+ "\"DOE, JANE\",-4.46,,0\r\n" + "\"'+1 line\nbreak\",0.00,,\r\n" + "'@SUM,,,\r\n");
	}

	@Test
	void excelHoldsTheSameRowsWithMoneyAndDatesAsTypedCells() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter writer = TableWriter.open(TableFile.Format.XLSX, out, "Claims: [all]", HEADER)) {
			for (int i = 1; i <= 1000; i++) {
				writer.row(Arrays.asList("C-" + i, new BigDecimal("10.10"), LocalDate.of(2026, 1, 5), i));
			}
		}

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Claims   all");
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1000);
			Row row = workbook.getSheetAt(0).getRow(1000);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("C-1000");
			assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(10.10);
			assertThat(new DataFormatter().formatCellValue(row.getCell(2))).isEqualTo("01/05/2026");
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1000.0);
		}
	}

}

package io.ardesk.claims.api;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.ardesk.denials.DenialFixtures;
import io.ardesk.imports.FileImports;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claims list as CSV and Excel: exactly the filtered rows, RFC 4180 quoting, the
 * formula guard, money and US dates; a viewer's columns; an unassigned client.
 */
@ArdeskIntegrationTest
class ClaimExportsIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final String CLAIMS = "/api/v1/clients/lakeview-ortho/claims";

	@Autowired
	FileImports imports;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void seed() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void theCsvHoldsExactlyTheFilteredClaimsQuotedAndGuardedAgainstFormulas() {
		DenialFixtures fixtures = new DenialFixtures(this.imports, LAKEVIEW);
		// A payer name a spreadsheet would run as a formula, with a comma to quote.
		fixtures.claims("=SUM(1,2) HEALTH", "EXQ1", "EXQ", 3, "125.5");
		fixtures.claims("OTHER EXPORT HEALTH", "EXR1", "EXR", 2, "80.00");

		HttpResponse<String> csv = this.api.get("manager", CLAIMS + ".csv?search=EXQ");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("claims-lakeview-ortho.csv");
		List<String> lines = Arrays.asList(csv.body().split("\r\n"));
		assertThat(lines.getFirst()).isEqualTo("Claim,Status,Payer,Patient,Service date,Submitted,Billed,Paid,"
				+ "Insurance balance,Patient balance,Denial category,Deadline,Deadline kind");
		assertThat(lines.subList(1, lines.size())).as("exactly the three EXQ claims, in claim-number order")
			.hasSize(3)
			.allSatisfy((line) -> assertThat(line).contains(",\"'=SUM(1,2) HEALTH\",")
				.contains(",01/05/2026,")
				.contains(",125.50,0.00,125.50,0.00,"));
		assertThat(lines.get(1)).startsWith("EXQ-1,");
		assertThat(lines.get(3)).startsWith("EXQ-3,");
		assertThat(csv.body()).doesNotContain("EXR-");
	}

	@Test
	void theExcelFileOpensAndHoldsTheSameRowsWithMoneyAsNumbers() throws Exception {
		new DenialFixtures(this.imports, LAKEVIEW).claims("EXCEL EXPORT HEALTH", "EXX1", "EXX", 2, "60.00");

		HttpResponse<byte[]> xlsx = this.api.getBytes("manager", CLAIMS + ".xlsx?search=EXX");

		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> claims = new ArrayList<>();
			DataFormatter formatter = new DataFormatter();
			for (Row row : sheet) {
				claims.add(formatter.formatCellValue(row.getCell(0)));
			}
			assertThat(claims).containsExactly("Claim", "EXX-1", "EXX-2");
			assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).as("billed").isEqualTo(60.0);
			assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(4))).as("service date")
				.isEqualTo("01/05/2026");
		}
	}

	@Test
	void aViewerGetsTheApiColumnsOnlyAndAnotherPracticeOrAnUnassignedClientAnswers404() {
		new DenialFixtures(this.imports, LAKEVIEW).claims("VIEWER EXPORT HEALTH", "EXV1", "EXV", 1, "40.00");

		HttpResponse<String> viewer = this.api.get("viewer.lakeview-ortho", CLAIMS + ".csv?search=EXV");

		assertThat(viewer.statusCode()).isEqualTo(200);
		assertThat(viewer.body())
			.startsWith("Claim,Status,Payer,Patient,Service date,Submitted,Billed,Paid,"
					+ "Insurance balance,Patient balance\r\n")
			.contains("EXV-1,");
		assertThat(viewer.body()).doesNotContain("Deadline").doesNotContain("Denial category");
		assertThat(this.api.get("specialist2", CLAIMS + ".csv").statusCode()).as("unassigned").isEqualTo(404);
		assertThat(this.api.get("specialist2", CLAIMS + ".xlsx").statusCode()).as("unassigned").isEqualTo(404);
		assertThat(
				this.api.get("viewer.lakeview-ortho", "/api/v1/clients/riverside-cardiology/claims.csv").statusCode())
			.as("another practice")
			.isEqualTo(404);
		assertThat(this.api.get("manager", CLAIMS + ".csv?status=LOST").statusCode()).as("bad status").isEqualTo(400);
	}

}

package io.ardesk.dashboards;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;

import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPIs and the firm portfolio as CSV and Excel, with the same scoping as their JSON:
 * a practice's viewer reads its own KPIs and never the portfolio.
 */
@ArdeskIntegrationTest
class DashboardExportsIntegrationTest extends IntegrationTestSupport {

	static final String KPIS = "/api/v1/clients/lakeview-ortho/kpis";

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void api() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void theKpiFileHoldsEveryKpiWithItsBasisFormulaAndBenchmark() throws Exception {
		HttpResponse<String> csv = this.api.get("manager", KPIS + ".csv?from=2026-01-01&to=2026-03-31");

		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> lines = List.of(csv.body().split("\r\n"));
		assertThat(lines.getFirst()).isEqualTo("KPI,Value,Unit,Basis,Formula,Benchmark,Source,From,To");
		assertThat(lines).hasSize(1 + 12);
		assertThat(lines.get(1)).startsWith("Days in A/R (adjusted),")
			.contains("30-40 days")
			.contains("MGMA (adjusted FFS charges)")
			.endsWith(",01/01/2026,03/31/2026");
		assertThat(csv.body()).contains("Net collection rate,").contains("Charge lag,");

		HttpResponse<byte[]> xlsx = this.api.getBytes("manager", KPIS + ".xlsx?from=2026-01-01&to=2026-03-31");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).as("12 KPIs under the header").isEqualTo(12);
			assertThat(new DataFormatter().formatCellValue(workbook.getSheetAt(0).getRow(1).getCell(0)))
				.isEqualTo("Days in A/R (adjusted)");
		}
	}

	@Test
	void aViewerReadsItsOwnKpisButNeverThePortfolioAndAnUnassignedClientAnswers404() {
		assertThat(this.api.get("viewer.lakeview-ortho", KPIS + ".csv").statusCode()).isEqualTo(200);
		assertThat(this.api.get("viewer.lakeview-ortho", "/api/v1/clients/northside-family/kpis.csv").statusCode())
			.isEqualTo(404);
		assertThat(this.api.get("specialist2", KPIS + ".xlsx").statusCode()).isEqualTo(404);
		assertThat(this.api.get("viewer.lakeview-ortho", "/api/v1/portfolio.csv").statusCode()).isEqualTo(403);
		assertThat(this.api.get("manager", KPIS + ".csv?from=2026-03-31&to=2026-01-01").statusCode()).isEqualTo(400);
	}

	@Test
	void thePortfolioFileListsTheCallersClientsRiskiestFirstWithTotals() {
		HttpResponse<String> manager = this.api.get("manager", "/api/v1/portfolio.csv");

		assertThat(manager.statusCode()).isEqualTo(200);
		List<String> lines = List.of(manager.body().split("\r\n"));
		assertThat(lines.getFirst()).startsWith("Client,Client id,Specialty,Risk,SLA,");
		assertThat(lines).hasSize(1 + 3 + 1);
		assertThat(lines.getLast()).startsWith("Total (3 clients),");

		String specialist2 = this.api.get("specialist2", "/api/v1/portfolio.csv").body();
		assertThat(specialist2).doesNotContain(",lakeview-ortho,").contains("Total (2 clients)");
	}

}

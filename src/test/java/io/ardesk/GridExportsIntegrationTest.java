package io.ardesk;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.TransferDirection;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approvals, credit balances, patient balances, posting exceptions and unmatched
 * payments as CSV and Excel (issue 12, item 8): the rows of the JSON list with the same
 * filter and the caller's scoping, text a spreadsheet would run guarded, the firm's
 * internal lists closed to a practice's viewer, and another firm member's client 404.
 */
@ArdeskIntegrationTest
class GridExportsIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final String CLIENT = "/api/v1/clients/lakeview-ortho";

	@Autowired
	FileImports imports;

	@Autowired
	ClaimActions actions;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void api() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void theUnmatchedPaymentsFileListsTheSamePaymentsWithAFormulaLikePayerGuarded() throws Exception {
		post(X12Builder.remittance835("+GX PAYER, UNMATCHED", "GXU1", "TRN-GXU-1", "50.00")
			.payment("GXU-NOT-ON-FILE", "1", "80.00", "50.00", "0.00", "CO-45:30.00"));

		HttpResponse<String> csv = this.api.get("manager", CLIENT + "/unmatched-payments.csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		List<String> lines = lines(csv);
		assertThat(lines.getFirst())
			.isEqualTo("Payment date,Payer,Trace number,Claim number sent,Payer claim number,Status,Charge,Paid");
		JsonNode json = json(this.api.get("manager", CLIENT + "/unmatched-payments"));
		assertThat(lines).hasSize(1 + json.size());
		assertThat(column(lines, 2)).isEqualTo(texts(json, "traceNumber"));
		assertThat(csv.body())
			.contains("\"'+GX PAYER, UNMATCHED\",TRN-GXU-1,GXU-NOT-ON-FILE,PCNGXU-NOT-ON-FILE,1,80.00,50.00");

		try (XSSFWorkbook workbook = xlsx("manager", CLIENT + "/unmatched-payments.xlsx")) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(json.size());
			int row = texts(json, "traceNumber").indexOf("TRN-GXU-1") + 1;
			assertThat(text(sheet, row, 1)).isEqualTo("'+GX PAYER, UNMATCHED");
			assertThat(sheet.getRow(row).getCell(7).getNumericCellValue()).isEqualTo(50.00);
		}
		assertThat(this.api.get("viewer.lakeview-ortho", CLIENT + "/unmatched-payments.csv").statusCode())
			.as("firm-internal")
			.isEqualTo(403);
		assertThat(this.api.get("specialist2", CLIENT + "/unmatched-payments.xlsx").statusCode()).isEqualTo(404);
	}

	@Test
	void thePostingExceptionsFileFollowsTheStatusFilter() throws Exception {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("GXE-1", "P", "1", "20260105", "100.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-GXE-1", "70.00")
			.payment("GXE-1", "1", "100.00", "70.00", "50.00", "PR-1:30.00"));

		for (String status : List.of("OPEN", "ALL")) {
			HttpResponse<String> csv = this.api.get("manager", CLIENT + "/posting-exceptions.csv?status=" + status);
			assertThat(csv.statusCode()).isEqualTo(200);
			List<String> lines = lines(csv);
			assertThat(lines.getFirst())
				.isEqualTo("Payment date,Payer,Trace,Claim,Charge,Paid,Held because,What does not fit,By,Status");
			JsonNode json = json(this.api.get("manager", CLIENT + "/posting-exceptions?status=" + status));
			assertThat(lines).as(status).hasSize(1 + json.size());
			List<String> traces = new ArrayList<>();
			json.forEach((e) -> traces.add(e.get("payment").get("traceNumber").asString()));
			assertThat(column(lines, 2)).isEqualTo(traces);
		}
		String row = lines(this.api.get("manager", CLIENT + "/posting-exceptions.csv")).stream()
			.filter((line) -> line.contains("TRN-GXE-1"))
			.findFirst()
			.orElseThrow();
		assertThat(row.substring("01/05/2026,".length())).startsWith("ACME HEALTH,TRN-GXE-1,GXE-1,100.00,70.00,")
			.endsWith(",20.00,Open");
		try (XSSFWorkbook workbook = xlsx("manager", CLIENT + "/posting-exceptions.xlsx?status=ALL")) {
			assertThat(text(workbook.getSheetAt(0), 0, 7)).isEqualTo("What does not fit");
		}
		assertThat(this.api.get("manager", CLIENT + "/posting-exceptions.csv?status=SOME").statusCode()).isEqualTo(400);
		assertThat(this.api.get("viewer.lakeview-ortho", CLIENT + "/posting-exceptions.csv").statusCode())
			.isEqualTo(403);
		assertThat(this.api.get("specialist2", CLIENT + "/posting-exceptions.csv").statusCode()).isEqualTo(404);
	}

	@Test
	void theCreditBalancesFileListsTheMoneyOwedBackForTheFirmOnly() throws Exception {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("GXC-1", "P", "1", "20260105", "100.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-GXC-1A", "100.00")
			.payment("GXC-1", "1", "100.00", "100.00", "0.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-GXC-1B", "100.00")
			.payment("GXC-1", "1", "100.00", "100.00", "0.00"));

		HttpResponse<String> csv = this.api.get("specialist", CLIENT + "/credit-balances.csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> lines = lines(csv);
		assertThat(lines.getFirst()).isEqualTo("Claim,Payer,Owed back to,Amount,Since,Why,Note");
		JsonNode json = json(this.api.get("specialist", CLIENT + "/credit-balances"));
		assertThat(lines).hasSize(1 + json.size());
		assertThat(column(lines, 0)).isEqualTo(texts(json, "claimNumber"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("GXC-1,ACME HEALTH,Payer,100.00,"));
		try (XSSFWorkbook workbook = xlsx("specialist", CLIENT + "/credit-balances.xlsx")) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(json.size());
			int row = texts(json, "claimNumber").indexOf("GXC-1") + 1;
			assertThat(sheet.getRow(row).getCell(3).getNumericCellValue()).isEqualTo(100.00);
		}
		assertThat(this.api.get("viewer.lakeview-ortho", CLIENT + "/credit-balances.csv").statusCode()).isEqualTo(403);
		assertThat(this.api.get("viewer.lakeview-ortho", CLIENT + "/credit-balances").statusCode()).as("as its JSON")
			.isEqualTo(403);
		assertThat(this.api.get("specialist2", CLIENT + "/credit-balances.csv").statusCode()).isEqualTo(404);
	}

	@Test
	void thePatientBalancesFileIsTheListWithItsFiltersAndThePracticeMayReadIt() throws Exception {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("GXP-1", "P", "1", "20260105", "100.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-GXP-1", "70.00")
			.payment("GXP-1", "1", "100.00", "70.00", "30.00", "PR-1:30.00"));

		String filter = "?limit=500";
		HttpResponse<String> csv = this.api.get("manager", CLIENT + "/patient-accounts.csv" + filter);

		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> lines = lines(csv);
		assertThat(lines.getFirst()).isEqualTo("Account,Patient,Patient balance,Claims,Oldest (days),Last letter,"
				+ "Last letter sent,Next letter,Payment plan,Missed payment,In collections,Address missing");
		JsonNode json = json(this.api.get("manager", CLIENT + "/patient-accounts" + filter));
		assertThat(json.size()).isPositive();
		assertThat(lines).hasSize(1 + json.size());
		List<String> balances = new ArrayList<>();
		json.forEach((a) -> balances.add(a.get("balance").decimalValue().setScale(2).toPlainString()));
		List<String> fileBalances = new ArrayList<>();
		try (XSSFWorkbook workbook = xlsx("manager", CLIENT + "/patient-accounts.xlsx" + filter)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(json.size());
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				fileBalances.add(BigDecimal.valueOf(sheet.getRow(i).getCell(2).getNumericCellValue())
					.setScale(2, java.math.RoundingMode.HALF_UP)
					.toPlainString());
				assertThat(text(sheet, i, 1)).isEqualTo(json.get(i - 1).get("name").asString());
			}
		}
		assertThat(fileBalances).isEqualTo(balances);
		assertThat(lines(this.api.get("manager", CLIENT + "/patient-accounts.csv?addressMissing=true&limit=500")))
			.as("the filter applies")
			.hasSize(1
					+ json(this.api.get("manager", CLIENT + "/patient-accounts?addressMissing=true&limit=500")).size())
			.allSatisfy((line) -> assertThat(line).endsWith(line.startsWith("Account,") ? "Address missing" : ",Yes"));

		HttpResponse<String> viewer = this.api.get("viewer.lakeview-ortho", CLIENT + "/patient-accounts.csv" + filter);
		assertThat(viewer.statusCode()).as("the practice reads its patients' balances").isEqualTo(200);
		assertThat(viewer.body()).isEqualTo(csv.body());
		assertThat(this.api.get("viewer.lakeview-ortho", "/api/v1/clients/northside-family/patient-accounts.csv")
			.statusCode()).isEqualTo(404);
		assertThat(this.api.get("specialist2", CLIENT + "/patient-accounts.xlsx").statusCode()).isEqualTo(404);
		assertThat(this.api.get("manager", CLIENT + "/patient-accounts.csv?limit=0").statusCode()).isEqualTo(400);
	}

	@Test
	void theApprovalsFileListsTheMovesWaitingForADeciderOnly() throws Exception {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("GXA-1", "P", "1", "20260105", "400.00"));
		AsUser.call("specialist", "AR_SPECIALIST", () -> this.actions.transferBalance(LAKEVIEW, "GXA-1",
				TransferDirection.TO_PATIENT, new BigDecimal("150.00"), "=Deductible per payer call"));

		HttpResponse<String> csv = this.api.get("manager", CLIENT + "/approvals.csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> lines = lines(csv);
		assertThat(lines.getFirst()).isEqualTo("Kind,Claim or account,Amount,What,Requested by,Requested");
		JsonNode json = json(this.api.get("manager", CLIENT + "/approvals"));
		assertThat(lines).hasSize(1 + json.size());
		assertThat(column(lines, 1)).isEqualTo(texts(json, "subject"));
		assertThat(lines).anySatisfy(
				(line) -> assertThat(line).contains(",GXA-1,150.00,'=Deductible per payer call," + "specialist,"));
		try (XSSFWorkbook workbook = xlsx("manager", CLIENT + "/approvals.xlsx")) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(json.size());
		}
		assertThat(this.api.get("specialist", CLIENT + "/approvals.csv").statusCode()).as("deciders only")
			.isEqualTo(403);
		assertThat(this.api.get("viewer.lakeview-ortho", CLIENT + "/approvals.xlsx").statusCode()).isEqualTo(403);
		assertThat(this.api.get("specialist2", CLIENT + "/approvals.csv").statusCode()).isIn(403, 404);
	}

	private void post(X12Builder file) {
		AsUser.run("admin", "FIRM_ADMIN", () -> assertThat(
				this.imports.importFile(LAKEVIEW, "gx.x12", file.build(LAKEVIEW), ImportProgress.none()).status())
			.isEqualTo(ImportStatus.POSTED));
	}

	private XSSFWorkbook xlsx(String user, String path) throws Exception {
		HttpResponse<byte[]> response = this.api.getBytes(user, path);
		assertThat(response.statusCode()).isEqualTo(200);
		return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
	}

	private static List<String> lines(HttpResponse<String> response) {
		return List.of(response.body().split("\r\n"));
	}

	/** A column of the CSV's data rows (none of these columns holds a comma). */
	private static List<String> column(List<String> lines, int index) {
		return lines.stream().skip(1).map((line) -> line.replaceAll("\"[^\"]*\"", "Q").split(",", -1)[index]).toList();
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((node) -> values.add(node.get(field).asString()));
		return values;
	}

	private static String text(Sheet sheet, int row, int cell) {
		return new DataFormatter().formatCellValue(sheet.getRow(row).getCell(cell));
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}

package io.ardesk.aging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.ardesk.aging.export.AgingExport;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportResult;
import io.ardesk.imports.ImportStatus;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.tenancy.AgingBasis;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Aging on a real ledger built through the imports: claims aged exactly at every bucket
 * boundary, patient balances from 835 patient responsibility, both aging bases, and who
 * may see it.
 */
@ArdeskIntegrationTest
// A context (and so a database) of its own: the figures assume a ledger holding only
// the claims imported here, whatever other test classes import into the same clients.
@TestPropertySource(properties = "ardesk.test.ledger=aging-report")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgingReportIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final ClientId RIVERSIDE = ClientId.of("riverside-cardiology");

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	static final DateTimeFormatter X12_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	@Autowired
	FileImports imports;

	@Autowired
	AgingReports aging;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeAll
	void ledgers() {
		this.api = new ApiClient(this.port);
		// Lakeview ages by date of service: one claim exactly on each side of every
		// boundary, each amount a different power of two so every sum is unambiguous.
		X12Builder acme = X12Builder.claims837("ACME HEALTH", "ACME1");
		int[] ages = { 0, 30, 31, 60, 61, 90, 91, 120 };
		for (int i = 0; i < ages.length; i++) {
			acme.claim("LV-%03d".formatted(ages[i]), "P", "1", daysBefore(ages[i]),
					BigDecimal.TEN.multiply(BigDecimal.valueOf(1L << i)).setScale(2).toPlainString());
		}
		acme.claim("LV-FUTURE", "P", "1", X12_DATE.format(AS_OF.plusDays(1)), "5000.00")
			.claim("LV-VOID", "P", "1", daysBefore(10), "7.00")
			.claim("LV-PAID", "P", "1", daysBefore(45), "300.00")
			.claim("LV-SPLIT", "P", "1", daysBefore(45), "300.00")
			.claim("LV-PATIENT", "P", "1", daysBefore(100), "200.00");
		post(LAKEVIEW, acme);
		post(LAKEVIEW,
				X12Builder.claims837("MEDICARE PART B", "04412").claim("LV-121", "P", "1", daysBefore(121), "2560.00"));
		post(LAKEVIEW, X12Builder.claims837("ACME HEALTH", "ACME1").claim("LV-VOID", "P", "8", daysBefore(10), "7.00"));
		post(LAKEVIEW,
				X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-LV-1", "470.00")
					.payment("LV-PAID", "1", "300.00", "250.00", "0.00", "CO-45:50.00")
					// partly paid, part owed by the patient, the rest denied and still
					// open with
					// insurance: the claim is in both balances
					.payment("LV-SPLIT", "1", "300.00", "100.00", "50.00", "PR-2:50.00", "CO-197:150.00")
					.payment("LV-PATIENT", "1", "200.00", "120.00", "30.00", "CO-45:50.00", "PR-1:30.00"));

		// Riverside ages by submission date: the 837 is dated 2026-01-05 (BHT04), long
		// after the dates of service. A CSV export without a submission date falls back
		// to the date of service.
		post(RIVERSIDE,
				X12Builder.claims837("ACME HEALTH", "ACME1")
					.claim("RC-1", "P", "1", "20251001", "100.00")
					.claim("RC-2", "P", "1", "20251220", "200.00"));
		String csv = "claim_number,patient_account,patient_last_name,payer_name,service_date_from,procedure_code,"
				+ "line_charge\nRC-CSV,ACC-1,DOE,ACME HEALTH,2025-11-01,99213,50.00\n";
		ImportResult fromCsv = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.imports.importFile(RIVERSIDE,
				"claims.csv", csv.getBytes(StandardCharsets.UTF_8), ImportProgress.none()));
		assertThat(fromCsv.status()).as(String.valueOf(fromCsv.errors())).isEqualTo(ImportStatus.POSTED);
	}

	@Test
	void insuranceBalancesFallIntoBucketsByExactAge() {
		AgingReport report = asManager(() -> this.aging.report(LAKEVIEW, AS_OF, AgingGrouping.PAYER));
		assertThat(report.basis()).isEqualTo(AgingBasis.DATE_OF_SERVICE);
		AgingTotals insurance = report.insurance();
		assertBucket(insurance, AgingBucket.B0_30, "30.00", 2);
		assertBucket(insurance, AgingBucket.B31_60, "270.00", 3);
		assertBucket(insurance, AgingBucket.B61_90, "480.00", 2);
		assertBucket(insurance, AgingBucket.B91_120, "1920.00", 2);
		assertBucket(insurance, AgingBucket.B120_PLUS, "2560.00", 1);
		assertThat(insurance.total()).isEqualByComparingTo("5260.00");
		assertThat(insurance.total().scale()).isEqualTo(2);
		assertThat(insurance.claims()).isEqualTo(10);
		assertThat(insurance.bucket(AgingBucket.B120_PLUS).percent()).isEqualByComparingTo("48.7");
		assertThat(insurance.bucket(AgingBucket.B120_PLUS).percent().scale()).isEqualTo(1);
	}

	@Test
	void patientBalancesAreAgedApartFromInsurance() {
		AgingReport report = asManager(() -> this.aging.report(LAKEVIEW, AS_OF, AgingGrouping.PAYER));
		AgingTotals patient = report.patient();
		assertBucket(patient, AgingBucket.B31_60, "50.00", 1);
		assertBucket(patient, AgingBucket.B91_120, "30.00", 1);
		assertBucket(patient, AgingBucket.B0_30, "0.00", 0);
		assertThat(patient.total()).isEqualByComparingTo("80.00");
		assertThat(patient.bucket(AgingBucket.B31_60).percent()).isEqualByComparingTo("62.5");
		assertThat(patient.bucket(AgingBucket.B91_120).percent()).isEqualByComparingTo("37.5");
		// The split claim is in both lists, each with its own balance.
		assertThat(drill(AgingBucket.B31_60, ResponsibleParty.INSURANCE, null)).extracting(ClaimInBucket::claimNumber)
			.containsExactly("LV-060", "LV-SPLIT", "LV-031");
		assertThat(drill(AgingBucket.B31_60, ResponsibleParty.PATIENT, null)).singleElement().satisfies((claim) -> {
			assertThat(claim.claimNumber()).isEqualTo("LV-SPLIT");
			assertThat(claim.ageDays()).isEqualTo(45);
			assertThat(claim.balance()).isEqualByComparingTo("50.00");
		});
	}

	@Test
	void rowsPerPayerAddUpToTheTotalsAndDrillDownByGroup() {
		AgingReport report = asManager(() -> this.aging.report(LAKEVIEW, AS_OF, AgingGrouping.PAYER));
		assertThat(report.rows()).extracting(AgingRow::group).containsExactly("ACME HEALTH", "MEDICARE PART B");
		AgingRow medicare = report.rows().get(1);
		assertThat(medicare.insurance().amount(AgingBucket.B120_PLUS)).isEqualByComparingTo("2560.00");
		assertThat(medicare.insurance().total().claims()).isEqualTo(1);
		AgingRow acme = report.rows().getFirst();
		assertThat(acme.insurance().total().amount()).isEqualByComparingTo("2700.00");
		assertThat(acme.patient().total().amount()).isEqualByComparingTo("80.00");
		assertThat(drill(AgingBucket.B120_PLUS, ResponsibleParty.INSURANCE, medicare.groupKey())).singleElement()
			.satisfies((claim) -> {
				assertThat(claim.claimNumber()).isEqualTo("LV-121");
				assertThat(claim.payer()).isEqualTo("MEDICARE PART B");
				assertThat(claim.ageDays()).isEqualTo(121);
			});
		assertThat(drill(AgingBucket.B120_PLUS, ResponsibleParty.INSURANCE, acme.groupKey())).isEmpty();
	}

	@Test
	void everyGroupingAddsUpToTheSameTotals() {
		for (AgingGrouping grouping : AgingGrouping.values()) {
			AgingReport report = asManager(() -> this.aging.report(LAKEVIEW, AS_OF, grouping));
			assertThat(report.insurance().total()).as(grouping.name()).isEqualByComparingTo("5260.00");
			BigDecimal sum = report.rows()
				.stream()
				.map((row) -> row.insurance().total().amount())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum).as(grouping.name()).isEqualByComparingTo("5260.00");
		}
		// The test 837s carry no rendering provider: one group, reachable by its empty
		// key.
		AgingReport byProvider = asManager(() -> this.aging.report(LAKEVIEW, AS_OF, AgingGrouping.PROVIDER));
		assertThat(byProvider.rows()).singleElement().satisfies((row) -> {
			assertThat(row.groupKey()).isEmpty();
			assertThat(row.group()).isEqualTo("Not recorded");
		});
		assertThat(asManager(() -> this.aging.drillDown(LAKEVIEW, AS_OF, AgingGrouping.PROVIDER, "", AgingBucket.B0_30,
				ResponsibleParty.INSURANCE, 10)))
			.extracting(ClaimInBucket::claimNumber)
			.containsExactly("LV-030", "LV-000");
	}

	@Test
	void voidedPaidAndFutureClaimsDoNotCount() {
		List<ClaimInBucket> current = drill(AgingBucket.B0_30, ResponsibleParty.INSURANCE, null);
		assertThat(current).extracting(ClaimInBucket::claimNumber).doesNotContain("LV-VOID", "LV-FUTURE");
		assertThat(drill(AgingBucket.B31_60, ResponsibleParty.INSURANCE, null)).extracting(ClaimInBucket::claimNumber)
			.doesNotContain("LV-PAID");
		// Today the future claim has been rendered and is owed.
		LocalDate today = LocalDate.now(ZoneId.of("America/Denver"));
		AgingReport now = asManager(() -> this.aging.report(LAKEVIEW, today, AgingGrouping.PAYER));
		assertThat(now.insurance().total()).isEqualByComparingTo("10260.00");
	}

	@Test
	void anEarlierAsOfDateLeavesOutLaterClaimsAndAgesTheRestFromThatDate() {
		LocalDate may1 = LocalDate.of(2026, 5, 1);
		AgingReport report = asManager(() -> this.aging.report(LAKEVIEW, may1, AgingGrouping.PAYER));
		assertBucket(report.insurance(), AgingBucket.B0_30, "560.00", 3);
		assertBucket(report.insurance(), AgingBucket.B31_60, "1920.00", 2);
		assertBucket(report.insurance(), AgingBucket.B61_90, "2560.00", 1);
		assertBucket(report.insurance(), AgingBucket.B91_120, "0.00", 0);
		assertThat(report.insurance().total()).isEqualByComparingTo("5040.00");
		assertBucket(report.patient(), AgingBucket.B31_60, "30.00", 1);
		assertThat(report.patient().total()).isEqualByComparingTo("30.00");
		AgingReport beforeAll = asManager(
				() -> this.aging.report(LAKEVIEW, LocalDate.of(2026, 1, 1), AgingGrouping.PAYER));
		assertThat(beforeAll.isEmpty()).isTrue();
		assertThat(beforeAll.rows()).isEmpty();
	}

	@Test
	void submissionDateBasisAgesFromTheDateTheClaimWasSent() {
		AgingReport day30 = asManager(
				() -> this.aging.report(RIVERSIDE, LocalDate.of(2026, 2, 4), AgingGrouping.PAYER));
		assertThat(day30.basis()).isEqualTo(AgingBasis.SUBMISSION_DATE);
		assertBucket(day30.insurance(), AgingBucket.B0_30, "300.00", 2);
		// no submission date on file: aged from its date of service, 2025-11-01
		assertBucket(day30.insurance(), AgingBucket.B91_120, "50.00", 1);
		AgingReport day31 = asManager(
				() -> this.aging.report(RIVERSIDE, LocalDate.of(2026, 2, 5), AgingGrouping.PAYER));
		assertBucket(day31.insurance(), AgingBucket.B0_30, "0.00", 0);
		assertBucket(day31.insurance(), AgingBucket.B31_60, "300.00", 2);
		// Before the 837 was sent only the CSV claim is there, although RC-1 was
		// rendered earlier.
		AgingReport beforeSending = asManager(
				() -> this.aging.report(RIVERSIDE, LocalDate.of(2026, 1, 4), AgingGrouping.PAYER));
		assertThat(beforeSending.insurance().total()).isEqualByComparingTo("50.00");
		assertBucket(beforeSending.insurance(), AgingBucket.B61_90, "50.00", 1);
	}

	@Test
	void aFutureAsOfDateIsRefused() {
		assertThatThrownBy(
				() -> asManager(() -> this.aging.report(LAKEVIEW, LocalDate.of(2999, 1, 1), AgingGrouping.PAYER)))
			.isInstanceOf(FutureAsOfDateException.class);
		HttpResponse<String> response = this.api.get("manager", "/api/v1/clients/lakeview-ortho/aging?asOf=2999-01-01");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void restAnswersTheAgingAsJsonWithTwoDecimalAmounts() {
		HttpResponse<String> response = this.api.get("manager", "/api/v1/clients/lakeview-ortho/aging?asOf=2026-06-30");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(
				"\"insurance\":{\"0-30\":30.00,\"31-60\":270.00,\"61-90\":480.00,\"91-120\":1920.00,\"120+\":2560.00,"
						+ "\"total\":5260.00}",
				"\"patient\":{\"0-30\":0.00,\"31-60\":50.00,\"61-90\":0.00,\"91-120\":30.00,\"120+\":0.00,"
						+ "\"total\":80.00}");
		JsonNode json = JsonMapper.builder().build().readTree(response.body());
		assertThat(json.get("asOf").asString()).isEqualTo("2026-06-30");
		assertThat(json.get("basis").asString()).isEqualTo("DATE_OF_SERVICE");
		JsonNode byPayer = json.get("byPayer");
		assertThat(byPayer).hasSize(2);
		assertThat(byPayer.get(0).get("payer").asString()).isEqualTo("ACME HEALTH");
		assertThat(byPayer.get(0).get("total").decimalValue()).isEqualByComparingTo("2700.00");
		assertThat(byPayer.get(1).get("payer").asString()).isEqualTo("MEDICARE PART B");
		assertThat(byPayer.get(1).get("120+").decimalValue()).isEqualByComparingTo("2560.00");
		assertThat(byPayer.get(1).propertyNames()).containsExactly("payer", "0-30", "31-60", "61-90", "91-120", "120+",
				"total");
	}

	@Test
	void restDefaultsToTodayInTheClientsTimeZone() {
		HttpResponse<String> response = this.api.get("manager", "/api/v1/clients/lakeview-ortho/aging");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"asOf\":\"" + LocalDate.now(ZoneId.of("America/Denver")) + "\"");
	}

	@Test
	void csvExportHasOneRowPerGroupAndPartyAndTheTotals() {
		HttpResponse<String> response = this.api.get("manager",
				"/api/v1/clients/lakeview-ortho/aging.csv?asOf=2026-06-30&groupBy=PAYER");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("attachment")
				.contains("filename=\"aging-lakeview-ortho-2026-06-30.csv\""));
		assertThat(response.body().split("\r\n")).containsExactly("Payer,Owed by,0-30,31-60,61-90,91-120,120+,Total",
				"ACME HEALTH,Insurance,30.00,270.00,480.00,1920.00,0.00,2700.00",
				"MEDICARE PART B,Insurance,0.00,0.00,0.00,0.00,2560.00,2560.00",
				"ACME HEALTH,Patient,0.00,50.00,0.00,30.00,0.00,80.00",
				"Total,Insurance,30.00,270.00,480.00,1920.00,2560.00,5260.00",
				"Total,Patient,0.00,50.00,0.00,30.00,0.00,80.00",
				// Money owed back has lines of its own, even when there is none.
				"Credit balances owed back (0 claims),Insurance,,,,,,0.00",
				"Credit balances owed back (0 claims),Patient,,,,,,0.00");
		HttpResponse<String> xlsx = this.api.get("manager",
				"/api/v1/clients/lakeview-ortho/aging.xlsx?asOf=2026-06-30&groupBy=LOCATION");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(disposition) -> assertThat(disposition).contains("aging-lakeview-ortho-2026-06-30.xlsx"));
	}

	@Test
	void xlsxExportHasABoldHeaderAndMoneyCells() throws IOException {
		AgingReport report = asManager(() -> this.aging.report(LAKEVIEW, AS_OF, AgingGrouping.PAYER));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(AgingExport.XLSX.write(report)))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Payer");
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			// the totals, then the credit balances on lines of their own
			Row total = sheet.getRow(sheet.getLastRowNum() - 3);
			assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
				.startsWith("Credit balances owed back");
			assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Insurance");
			assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(5260.00);
			assertThat(total.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
		}
	}

	@Test
	void unassignedSpecialistIsRefusedInRestAndServices() {
		HttpResponse<String> response = this.api.get("specialist", "/api/v1/clients/riverside-cardiology/aging");
		assertThat(response.statusCode()).as("as if it did not exist").isEqualTo(404);
		assertThat(this.api.get("specialist", "/api/v1/clients/riverside-cardiology/aging.csv").statusCode())
			.isEqualTo(404);
		assertThatThrownBy(() -> AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.aging.report(RIVERSIDE, AS_OF, AgingGrouping.PAYER)))
			.isInstanceOf(ClientAccessDeniedException.class);
		assertThatThrownBy(() -> AsUser.call("specialist", "AR_SPECIALIST", () -> this.aging.drillDown(RIVERSIDE, AS_OF,
				AgingGrouping.PAYER, null, AgingBucket.B0_30, ResponsibleParty.INSURANCE, 10)))
			.isInstanceOf(ClientAccessDeniedException.class);
		// Each client of a portfolio is checked on its own.
		assertThatThrownBy(() -> AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.aging.portfolio(List.of(LAKEVIEW, RIVERSIDE), AS_OF)))
			.isInstanceOf(ClientAccessDeniedException.class);
	}

	@Test
	void viewerReadsTheirOwnPracticeOnly() {
		String viewer = "viewer.riverside-cardiology";
		AgingReport own = AsUser.call(viewer, "CLIENT_VIEWER",
				() -> this.aging.report(RIVERSIDE, LocalDate.of(2026, 2, 4), AgingGrouping.PAYER));
		assertThat(own.insurance().total()).isEqualByComparingTo("350.00");
		assertThat(this.api.get(viewer, "/api/v1/clients/riverside-cardiology/aging?asOf=2026-02-04").statusCode())
			.isEqualTo(200);
		assertThat(this.api.get(viewer, "/api/v1/clients/lakeview-ortho/aging").statusCode()).isEqualTo(404);
	}

	@Test
	void portfolioTotalsEachClientInTheOrderGiven() {
		List<ClientAging> portfolio = asManager(
				() -> this.aging.portfolio(List.of(RIVERSIDE, LAKEVIEW, ClientId.of("northside-family")), AS_OF));
		assertThat(portfolio).extracting(ClientAging::client)
			.containsExactly(RIVERSIDE, LAKEVIEW, ClientId.of("northside-family"));
		assertThat(portfolio.get(0).basis()).isEqualTo(AgingBasis.SUBMISSION_DATE);
		assertThat(portfolio.get(0).insurance().total()).isEqualByComparingTo("350.00");
		assertThat(portfolio.get(1).insurance().total()).isEqualByComparingTo("5260.00");
		assertThat(portfolio.get(1).patient().total()).isEqualByComparingTo("80.00");
		assertThat(portfolio.get(2).insurance().claims()).isZero();
	}

	private List<ClaimInBucket> drill(AgingBucket bucket, ResponsibleParty owedBy, String groupKey) {
		return asManager(
				() -> this.aging.drillDown(LAKEVIEW, AS_OF, AgingGrouping.PAYER, groupKey, bucket, owedBy, 100));
	}

	private static void assertBucket(AgingTotals totals, AgingBucket bucket, String amount, long claims) {
		BucketShare share = totals.bucket(bucket);
		assertThat(share.amount()).as(bucket.label()).isEqualByComparingTo(amount);
		assertThat(share.amount().scale()).as(bucket.label()).isEqualTo(2);
		assertThat(share.claims()).as(bucket.label() + " claims").isEqualTo(claims);
	}

	private static String daysBefore(int days) {
		return X12_DATE.format(AS_OF.minusDays(days));
	}

	private void post(ClientId client, X12Builder file) {
		ImportResult result = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.imports.importFile(client, "aging-test.x12", file.build(client), ImportProgress.none()));
		assertThat(result.status()).as(String.valueOf(result.errors())).isEqualTo(ImportStatus.POSTED);
	}

	private static <T> T asManager(java.util.function.Supplier<T> work) {
		return AsUser.call("manager", "ACCOUNT_MANAGER", work);
	}

}

package io.ardesk.dashboards;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every KPI drills down to the claims behind its numerator (issue 12, item 2): on the
 * demo ledger (the same context as {@code DashboardTruthIntegrationTest}), for Riverside
 * Cardiology and the trailing 90 days, each drill-down's count or total equals the
 * numerator {@link Kpis#kpis} computed, over REST too, and as CSV and Excel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "jobrunr.background-job-server.enabled=false", "ardesk.tenant-config=tenant-config",
				"ardesk.demo-data.enabled=true", "ardesk.demo-data.months=4" })
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiDrillDownIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("riverside-cardiology");

	static final String BASE = "/api/v1/clients/riverside-cardiology/kpis/";

	@Autowired
	Kpis kpis;

	@Autowired
	KpiClaims kpiClaims;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	LocalDate from;

	LocalDate to;

	KpiReport report;

	@BeforeAll
	void report() {
		demoDataLoaded();
		this.to = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.kpis.today(CLIENT));
		this.from = this.to.minusDays(89);
		this.report = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.kpis.kpis(CLIENT, this.from, this.to));
	}

	@Test
	void theArDrillDownsTotalTheArTheKpisDivide() {
		KpiClaims.Page all = drillDown(KpiDrillDown.DAYS_IN_AR);
		assertThat(all.total()).isEqualByComparingTo(this.report.basis().totalAr()).isPositive();
		assertThat(drillDown(KpiDrillDown.DAYS_IN_AR_GROSS).total()).isEqualByComparingTo(all.total());
		KpiClaims.Page over120 = drillDown(KpiDrillDown.AR_OVER_120);
		assertThat(over120.total()).isEqualByComparingTo(this.report.basis().arOver120());
		assertThat(over120.claims()).allSatisfy((claim) -> assertThat(claim.ageDays()).isGreaterThan(120));
		assertThat(over120.count()).isLessThanOrEqualTo(drillDown(KpiDrillDown.AR_OVER_90).count())
			.isLessThan(all.count());
		// A/R over 120 % = its drill-down's total ÷ the A/R drill-down's total.
		assertThat(percent(over120.total(), all.total()))
			.isEqualByComparingTo(this.report.figures().arOver120Percent());
	}

	@Test
	void theAdjudicationDrillDownsCountTheDeniedAndTheCleanClaims() {
		KpiClaims.Page deniedDollars = drillDown(KpiDrillDown.INITIAL_DENIAL_RATE_DOLLARS);
		assertThat(deniedDollars.count()).isEqualTo(this.report.basis().claimsDenied()).isPositive();
		// Denied charges ÷ charges of every claim first adjudicated in the period,
		// independently: the first adjudication of each claim ever, when in the period.
		Map<String, Object> charges = this.jdbc.sql("""
				with ranked as (
				  select j.claim_id, j.effective_date, j.denied_open,
				    row_number() over (partition by j.claim_id order by j.effective_date, j.id) as n
				  from client_riverside_cardiology.claim_journal j where j.kind = 'ADJUDICATION')
				select sum(c.billed) as charges, sum(c.billed) filter (where r.denied_open > 0) as denied
				from ranked r join client_riverside_cardiology.claim c on c.id = r.claim_id
				where r.n = 1 and r.effective_date >= :from and r.effective_date <= :to""")
			.params(Map.of("from", Date.valueOf(this.from), "to", Date.valueOf(this.to)))
			.query()
			.singleRow();
		assertThat(deniedDollars.total()).isEqualByComparingTo((BigDecimal) charges.get("denied"));
		assertThat(percent(deniedDollars.total(), (BigDecimal) charges.get("charges")))
			.isEqualByComparingTo(this.report.figures().initialDenialRateDollars());
		KpiClaims.Page clean = drillDown(KpiDrillDown.CLEAN_CLAIM_RATE);
		assertThat(clean.count()).isEqualTo(this.report.basis().claimsClean()).isPositive();
		assertThat(clean.claims()).extracting(KpiClaim::claimNumber)
			.doesNotContainAnyElementsOf(deniedDollars.claims().stream().map(KpiClaim::claimNumber).toList());
	}

	@Test
	void thePaymentDrillDownsTotalTheCashCollectedAndRecovered() {
		KpiClaims.Page collected = drillDown(KpiDrillDown.NET_COLLECTION_RATE);
		assertThat(collected.total()).isEqualByComparingTo(this.report.figures().cashCollected()).isPositive();
		BigDecimal netCharges = this.report.basis().charges().subtract(this.report.basis().contractual());
		assertThat(percent(collected.total(), netCharges))
			.isEqualByComparingTo(this.report.figures().netCollectionRate());
		KpiClaims.Page recovered = drillDown(KpiDrillDown.CASH_RECOVERED);
		assertThat(recovered.total()).isEqualByComparingTo(this.report.figures().cashRecovered()).isPositive();
		assertThat(recovered.count()).isLessThan(collected.count());
		KpiClaims.Page over90 = drillDown(KpiDrillDown.CASH_RECOVERED_OVER_90);
		assertThat(over90.total()).isEqualByComparingTo(this.report.figures().cashRecoveredOver90());
		assertThat(over90.count()).isLessThanOrEqualTo(recovered.count());
		assertThat(over90.claims()).extracting(KpiClaim::claimNumber)
			.isSubsetOf(recovered.claims().stream().map(KpiClaim::claimNumber).toList());
	}

	@Test
	void theChargeLagDrillDownListsTheClaimsSentInThePeriodWithTheirLag() {
		KpiClaims.Page lag = drillDown(KpiDrillDown.CHARGE_LAG);
		assertThat(lag.count()).isEqualTo(this.report.chargeLag().claims()).isPositive();
		assertThat(lag.claims()).allSatisfy((claim) -> {
			assertThat(claim.submittedOn()).isBetween(this.from, this.to);
			assertThat(claim.ageDays()).isEqualTo(claim.submittedOn().toEpochDay() - claim.serviceDate().toEpochDay());
		});
		List<Integer> days = lag.claims().stream().map(KpiClaim::ageDays).sorted().toList();
		assertThat(lag.claims()).hasSize((int) lag.count());
		// percentile_cont(0.5): the middle one, or the mean of the two middle ones.
		int n = days.size();
		BigDecimal median = (n % 2 == 1) ? BigDecimal.valueOf(days.get(n / 2))
				: BigDecimal.valueOf(days.get(n / 2 - 1) + days.get(n / 2)).divide(BigDecimal.TWO);
		assertThat(median.setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo(this.report.chargeLag().median());
	}

	@Test
	void everyKpiOfTheRestAnswerHasADrillDownThePracticeMayCall() {
		ApiClient api = new ApiClient(this.port);
		String period = "/claims?from=" + this.from + "&to=" + this.to;
		JsonNode kpis = json(
				api.get("manager", "/api/v1/clients/riverside-cardiology/kpis?from=" + this.from + "&to=" + this.to));
		for (KpiDrillDown kpi : KpiDrillDown.values()) {
			String field = kpi.field();
			assertThat(kpis.has(field)).as(field + " is a KPI of the answer").isTrue();
			HttpResponse<String> manager = api.get("manager", BASE + field + period);
			assertThat(manager.statusCode()).as(field).isEqualTo(200);
			KpiClaims.Page page = drillDown(kpi);
			assertThat(manager.headers().firstValue("X-Total-Count")).as(field).contains(String.valueOf(page.count()));
			assertThat(new BigDecimal(manager.headers().firstValue("X-Total-Amount").orElseThrow())).as(field)
				.isEqualByComparingTo(page.total());
			assertThat(api.get("viewer.riverside-cardiology", BASE + field + period).statusCode()).as(field)
				.isEqualTo(200);
		}
		assertThat(json(api.get("manager", BASE + "chargeLagDays" + period)).get("claims").get(0).has("lagDays"))
			.isTrue();
		assertThat(api.get("viewer.lakeview-ortho", BASE + "daysInAr" + period).statusCode()).isEqualTo(404);
		HttpResponse<String> unknown = api.get("manager", BASE + "daysInArr" + period);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json(unknown).get("field").asString()).isEqualTo("kpi");
		assertThat(unknown.body()).contains("daysInArr").contains("chargeLagDays");
	}

	@Test
	void theDrillDownIsACsvAndAnExcelFileWithTheSameClaims() throws Exception {
		ApiClient api = new ApiClient(this.port);
		String period = "?from=" + this.from + "&to=" + this.to;
		KpiClaims.Page page = drillDown(KpiDrillDown.AR_OVER_90);
		HttpResponse<String> csv = api.get("viewer.riverside-cardiology", BASE + "arOver90Percent/claims.csv" + period);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(value) -> assertThat(value).contains("kpi-arOver90Percent-riverside-cardiology").contains(".csv"));
		List<String> lines = List.of(csv.body().split("\r\n"));
		assertThat(lines.getFirst()).isEqualTo("Claim,Payer,Service date,Submitted,Age (days),Billed,Balance owed");
		assertThat(lines).hasSize(1 + (int) page.count());
		KpiClaim first = page.claims().getFirst();
		assertThat(lines.get(1)).startsWith(first.claimNumber() + ",")
			.endsWith("," + first.amount().toPlainString())
			.contains("/" + first.serviceDate().getYear() + ",");
		HttpResponse<byte[]> xlsx = api.getBytes("manager", BASE + "chargeLagDays/claims.xlsx" + period);
		assertThat(xlsx.statusCode()).isEqualTo(200);
		KpiClaims.Page lag = drillDown(KpiDrillDown.CHARGE_LAG);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter text = new DataFormatter();
			assertThat(text.formatCellValue(sheet.getRow(0).getCell(4))).isEqualTo("Lag (days)");
			assertThat(sheet.getLastRowNum()).isEqualTo((int) lag.count());
			assertThat(text.formatCellValue(sheet.getRow(1).getCell(0)))
				.isEqualTo(lag.claims().getFirst().claimNumber());
			assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(lag.claims().getFirst().ageDays());
		}
		assertThat(api.get("viewer.lakeview-ortho", BASE + "arOver120Percent/claims.csv" + period).statusCode())
			.isEqualTo(404);
		assertThat(api.get("manager", BASE + "nothing/claims.xlsx" + period).statusCode()).isEqualTo(404);
	}

	private KpiClaims.Page drillDown(KpiDrillDown kpi) {
		return AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.kpiClaims.claims(CLIENT, kpi, this.from, this.to, KpiClaims.MAX_ROWS));
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.builder().build().readTree(response.body());
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
	}

}

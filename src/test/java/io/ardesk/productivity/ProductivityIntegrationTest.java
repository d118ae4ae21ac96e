package io.ardesk.productivity;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.denials.DenialFixtures;
import io.ardesk.imports.FileImports;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Productivity on a worked example at Northside Family (worked by both specialists) in
 * the week Monday 03/09/2026 to Friday 03/13/2026: 5 working days. Payer PRODUCTIVITY
 * HEALTH is commercial, so its typical response time is 45 days.
 *
 * <pre>
 * Claims (charge 100.00 each)  submitted   touches (follow-up calls)
 * PRD-1                        03/02/2026  Sam (specialist) 03/09 and 03/10; paid 60.00 on 03/13
 * PRD-2                        01/05/2026  Sam 03/11
 * PRD-3                        03/02/2026  Robin (specialist2) 03/12
 * PRD-4                        03/02/2026  none; paid 40.00 on 03/13
 *
 * Sam:   touches 3, per day 3 / 5 = 0.60;
 *        first touches PRD-1 (03/09 - 03/02 = 7 days) and PRD-2 (03/11 - 01/05 = 65 days):
 *        median (7 + 65) / 2 = 36.0;
 *        avoidable: PRD-1 at 7 and 8 days (under 45), PRD-2 at 65 days (not) = 2 of 3 = 66.7 %;
 *        cash recovered: PRD-1's 60.00 (Sam touched it before the payment was posted);
 *        per touch 60.00 / 3 = 20.00.
 * Robin: touches 1, per day 0.20; first touch PRD-3 at 10 days: median 10.0;
 *        avoidable 1 of 1 = 100.0 %; cash 0.00, per touch 0.00.
 * Client total: touches 4, per day 0.80; median of {7, 10, 65} = 10.0; avoidable 3 of 4 = 75.0 %;
 *        cash recovered 60.00 (PRD-4's 40.00 was never worked), per touch 15.00.
 * </pre>
 */
@ArdeskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductivityIntegrationTest extends IntegrationTestSupport {

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	static final String WEEK = "?from=2026-03-09&to=2026-03-13";

	static final String CLIENT = "/api/v1/clients/northside-family/productivity";

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	FileImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeAll
	void workedExample() {
		this.api = new ApiClient(this.port);
		DenialFixtures fixtures = new DenialFixtures(this.imports, NORTHSIDE);
		fixtures.claims("PRODUCTIVITY HEALTH", "PRD1", "PRD", 4, "100.00");
		sql((jdbc) -> {
			jdbc.sql("update payer set category = 'COMMERCIAL' where name = 'PRODUCTIVITY HEALTH'").update();
			jdbc.sql("update claim set submitted_on = date '2026-03-02' where claim_number like 'PRD-%'").update();
			jdbc.sql("update claim set submitted_on = date '2026-01-05' where claim_number = 'PRD-2'").update();
			call(jdbc, "PRD-1", "specialist", "2026-03-09T15:00:00Z");
			call(jdbc, "PRD-1", "specialist", "2026-03-10T15:00:00Z");
			call(jdbc, "PRD-2", "specialist", "2026-03-11T15:00:00Z");
			call(jdbc, "PRD-3", "specialist2", "2026-03-12T15:00:00Z");
		});
		X12Builder remittance = DenialFixtures.remittance("PRODUCTIVITY HEALTH", "PRD1", "PRDTR1")
			.payment("PRD-1", "1", "100.00", "60.00", "0.00", "CO-45:40.00")
			.payment("PRD-4", "1", "100.00", "40.00", "0.00", "CO-45:60.00");
		fixtures.post(remittance, "PRDTR1", LocalDate.of(2026, 3, 13));
	}

	@Test
	void eachFigureMatchesTheWorkedExampleForAManager() throws Exception {
		JsonNode report = json.readTree(this.api.get("manager", CLIENT + WEEK).body());

		assertThat(report.get("workingDays").asInt()).isEqualTo(5);
		JsonNode sam = row(report, "specialist");
		assertThat(sam.get("userName").asString()).isEqualTo("Sam Specialist");
		JsonNode figures = sam.get("figures");
		assertThat(figures.get("touches").asLong()).isEqualTo(3);
		assertThat(figures.get("touchesPerDay").decimalValue()).isEqualByComparingTo("0.60");
		assertThat(figures.get("firstTouches").asLong()).isEqualTo(2);
		assertThat(figures.get("medianDaysToFirstTouch").decimalValue()).isEqualByComparingTo("36.0");
		assertThat(figures.get("avoidableTouches").asLong()).isEqualTo(2);
		assertThat(figures.get("avoidablePercent").decimalValue()).isEqualByComparingTo("66.7");
		assertThat(figures.get("cashRecovered").decimalValue()).isEqualByComparingTo("60.00");
		assertThat(figures.get("cashPerTouch").decimalValue()).isEqualByComparingTo("20.00");

		JsonNode robin = row(report, "specialist2").get("figures");
		assertThat(robin.get("touches").asLong()).isEqualTo(1);
		assertThat(robin.get("touchesPerDay").decimalValue()).isEqualByComparingTo("0.20");
		assertThat(robin.get("medianDaysToFirstTouch").decimalValue()).isEqualByComparingTo("10.0");
		assertThat(robin.get("avoidablePercent").decimalValue()).isEqualByComparingTo("100.0");
		assertThat(robin.get("cashRecovered").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(robin.get("cashPerTouch").decimalValue()).isEqualByComparingTo("0.00");

		JsonNode total = report.get("clients").get(0).get("figures");
		assertThat(total.get("touches").asLong()).isEqualTo(4);
		assertThat(total.get("touchesPerDay").decimalValue()).isEqualByComparingTo("0.80");
		assertThat(total.get("medianDaysToFirstTouch").decimalValue()).isEqualByComparingTo("10.0");
		assertThat(total.get("avoidablePercent").decimalValue()).isEqualByComparingTo("75.0");
		assertThat(total.get("cashRecovered").decimalValue()).as("PRD-4's 40.00 was never worked")
			.isEqualByComparingTo("60.00");
		assertThat(total.get("cashPerTouch").decimalValue()).isEqualByComparingTo("15.00");
	}

	@Test
	void aSpecialistSeesOnlyTheirOwnRowAndTotals() throws Exception {
		JsonNode mine = json.readTree(this.api.get("specialist2", "/api/v1/productivity" + WEEK).body());

		assertThat(mine.get("rows").findValuesAsString("user")).containsOnly("specialist2");
		assertThat(mine.get("clients").get(0).get("figures").get("touches").asLong()).isEqualTo(1);

		JsonNode firm = json.readTree(this.api.get("manager", "/api/v1/productivity" + WEEK).body());
		assertThat(firm.get("rows").findValuesAsString("user")).contains("specialist", "specialist2");
		assertThat(firm.get("firm").get("touches").asLong()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void anOverdueNextActionCountsForItsOwner() throws Exception {
		long before = row(json.readTree(this.api.get("manager", CLIENT + WEEK).body()), "specialist2").get("figures")
			.get("overdueNextActions")
			.asLong();
		sql((jdbc) -> jdbc.sql("""
				insert into claim_work (claim_id, owner, next_action_date, in_queue, version)
				select id, 'specialist2', date '2026-03-01', true, 0 from claim where claim_number = 'PRD-3'
				on conflict (claim_id) do update set owner = 'specialist2', next_action_date = date '2026-03-01',
				  in_queue = true""").update());

		long after = row(json.readTree(this.api.get("manager", CLIENT + WEEK).body()), "specialist2").get("figures")
			.get("overdueNextActions")
			.asLong();

		assertThat(after).isEqualTo(before + 1);
	}

	@Test
	void viewersNeverSeeProductivityAndAnUnassignedClientAnswers404() {
		assertThat(this.api.get("viewer.northside-family", CLIENT).statusCode()).isEqualTo(403);
		assertThat(this.api.get("viewer.northside-family", "/api/v1/productivity").statusCode()).isEqualTo(403);
		assertThat(this.api.get("viewer.northside-family", CLIENT + ".csv").statusCode()).isEqualTo(403);
		assertThat(this.api.get("specialist2", "/api/v1/clients/lakeview-ortho/productivity").statusCode())
			.isEqualTo(404);
		assertThat(this.api.get("manager", CLIENT + "?from=2026-03-13&to=2026-03-09").statusCode()).isEqualTo(400);
	}

	@Test
	void theCsvHoldsTheRowsTheTotalsAndTheFirm() {
		HttpResponse<String> csv = this.api.get("manager", CLIENT + ".csv" + WEEK);

		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> lines = List.of(csv.body().split("\r\n"));
		assertThat(lines.getFirst()).startsWith("Client,User,Name,Touches,Touches per day,");
		assertThat(lines)
			.anySatisfy((line) -> assertThat(line)
				.startsWith("Northside Family Medicine,specialist,Sam Specialist,3,0.60,2,36.00,60.00,20.00,2,66.70,"))
			.anySatisfy((line) -> assertThat(line)
				.startsWith("All clients,,Firm total,4,0.80,3,10.00,60.00,15.00,3,75.00,"));
		assertThat(this.api.get("manager", CLIENT + ".xlsx" + WEEK).statusCode()).isEqualTo(200);
	}

	private static JsonNode row(JsonNode report, String user) {
		for (JsonNode row : report.get("rows")) {
			if (user.equals(row.get("user").asString())) {
				return row;
			}
		}
		throw new AssertionError("No row for " + user + " in " + report);
	}

	private static void call(JdbcClient jdbc, String claim, String user, String at) {
		jdbc.sql("""
				insert into follow_up (claim_id, logged_at, logged_by, channel, outcome, next_action_date, internal)
				select id, :at, :user, 'CALL', 'IN_PROCESS', date '2026-04-01', false from claim
				where claim_number = :claim""")
			.param("at", Timestamp.from(Instant.parse(at)))
			.param("user", user)
			.param("claim", claim)
			.update();
	}

	private void sql(java.util.function.Consumer<JdbcClient> work) {
		TenantContext.runAs(NORTHSIDE, () -> this.transaction.executeWithoutResult((status) -> work.accept(this.jdbc)));
	}

}

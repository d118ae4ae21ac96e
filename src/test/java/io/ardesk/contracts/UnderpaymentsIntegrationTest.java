package io.ardesk.contracts;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.denials.DenialFixtures;
import io.ardesk.imports.FileImports;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import io.ardesk.trends.TrendIssue;
import io.ardesk.trends.TrendIssueKind;
import io.ardesk.trends.TrendIssues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fee schedules and underpayments on a real ledger: the variance of a posted line against
 * its contract, tolerance, denials, dates of service, modifiers, a schedule loaded after
 * posting, reversals, the trend rule, and the CSV import's errors and rights. Each test
 * uses its own payer.
 */
@ArdeskIntegrationTest
class UnderpaymentsIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final String SCHEDULES = "/api/v1/clients/lakeview-ortho/fee-schedules";

	static final String UNDERPAYMENTS = "/api/v1/clients/lakeview-ortho/underpayments";

	static final String HEADER = "payer_id,procedure_code,modifier,allowed_amount,effective_from,effective_to\n";

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	FileImports imports;

	@Autowired
	TrendIssues issues;

	@LocalServerPort
	int port;

	ApiClient api;

	DenialFixtures fixtures;

	@BeforeEach
	void api() {
		this.api = new ApiClient(this.port);
		this.fixtures = new DenialFixtures(this.imports, LAKEVIEW);
	}

	@Test
	void anUnderpaymentIsFoundForASeededVarianceButNotWithinToleranceNorForADenial() throws Exception {
		this.fixtures.claims("UNDER HEALTH", "UPH1", "UP", 4, "200.00");
		assertThat(importSchedule("manager", HEADER + "UPH1,99211,,88.00,01/01/2026,\n").statusCode()).isEqualTo(200);
		X12Builder remittance = DenialFixtures.remittance("UNDER HEALTH", "UPH1", "UPTR1");
		// UP-1: allowed = paid 61.40 + PR 10.00 = 71.40; expected 88.00 x 1 unit = 88.00;
		// variance 88.00 - 71.40 = 16.60.
		remittance.payment("UP-1", "1", "200.00", "61.40", "10.00")
			.then("SVC*HC:99211*200.00*61.40**1", "DTM*472*20260105", "CAS*CO*45*128.60", "CAS*PR*2*10.00");
		// UP-2: allowed 77.50 + 10.00 = 87.50, only 0.50 below 88.00: within the $1.00
		// tolerance.
		remittance.payment("UP-2", "1", "200.00", "77.50", "10.00")
			.then("SVC*HC:99211*200.00*77.50**1", "DTM*472*20260105", "CAS*CO*45*112.50", "CAS*PR*2*10.00");
		// UP-3: denied, paid nothing: a denial, never an underpayment.
		remittance.payment("UP-3", "4", "200.00", "0.00", "0.00")
			.then("SVC*HC:99211*200.00*0.00**1", "DTM*472*20260105", "CAS*CO*197*200.00");
		// UP-4: two units: expected 2 x 88.00 = 176.00; allowed 150.00; variance 26.00.
		remittance.payment("UP-4", "1", "200.00", "150.00", "0.00")
			.then("SVC*HC:99211*200.00*150.00**2", "DTM*472*20260105", "CAS*CO*45*50.00");
		this.fixtures.post(remittance, "UPTR1", today().minusDays(3));

		HttpResponse<String> response = this.api.get("specialist", UNDERPAYMENTS);
		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> mine = rows(response.body(), "UP-");
		assertThat(mine).extracting((row) -> row.get("claimNumber").asString()).containsExactly("UP-4", "UP-1");
		JsonNode up1 = mine.get(1);
		assertThat(up1.get("lineNumber").asInt()).isEqualTo(1);
		assertThat(up1.get("procedureCode").asString()).isEqualTo("99211");
		assertThat(up1.get("payer").asString()).isEqualTo("UNDER HEALTH");
		assertThat(up1.get("expected").decimalValue()).isEqualByComparingTo("88.00");
		assertThat(up1.get("allowed").decimalValue()).isEqualByComparingTo("71.40");
		assertThat(up1.get("variance").decimalValue()).isEqualByComparingTo("16.60");
		assertThat(response.body()).as("money with two decimals").contains("\"variance\":16.60");
		assertThat(mine.get(0).get("variance").decimalValue()).isEqualByComparingTo("26.00");
		assertThat(Integer.parseInt(response.headers().firstValue("X-Total-Count").orElseThrow()))
			.isEqualTo(json.readTree(response.body()).size());

		HttpResponse<String> csv = this.api.get("manager", UNDERPAYMENTS + ".csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("underpayments.csv");
		assertThat(csv.body()).contains("UP-1,1,99211,,UNDER HEALTH").contains("88.00,71.40,16.60");
		assertThat(this.api.get("manager", UNDERPAYMENTS + ".xlsx").statusCode()).isEqualTo(200);
	}

	@Test
	void aScheduleLoadedAfterPostingReEvaluatesWithTheModifierRowAndTheRateOfTheDateOfService() throws Exception {
		this.fixtures.claims("LATE HEALTH", "LTH1", "LT", 3, "200.00");
		X12Builder remittance = DenialFixtures.remittance("LATE HEALTH", "LTH1", "LTTR1");
		remittance.payment("LT-1", "1", "200.00", "70.00", "0.00")
			.then("SVC*HC:99211:25*200.00*70.00**1", "DTM*472*20260310", "CAS*CO*45*130.00");
		remittance.payment("LT-2", "1", "200.00", "70.00", "0.00")
			.then("SVC*HC:99211*200.00*70.00**1", "DTM*472*20260310", "CAS*CO*45*130.00");
		remittance.payment("LT-3", "1", "200.00", "50.00", "0.00")
			.then("SVC*HC:99211*200.00*50.00**1", "DTM*472*20251215", "CAS*CO*45*150.00");
		this.fixtures.post(remittance, "LTTR1", today().minusDays(2));
		assertThat(rows(this.api.get("manager", UNDERPAYMENTS).body(), "LT-")).as("no schedule yet").isEmpty();

		String schedule = HEADER + "LTH1,99211,,75.00,01/01/2026,12/31/2026\n" + "LTH1,99211,25,95.00,2026-01-01,\n"
				+ "lth1,99211,,60.00,01/01/2025,12/31/2025\n";
		HttpResponse<String> loaded = importSchedule("admin", schedule);
		assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
		assertThat(json.readTree(loaded.body()).get("added").asInt()).isEqualTo(3);

		// LT-1 (modifier 25): the 25 row's 95.00 wins over 75.00: 95.00 - 70.00 = 25.00.
		// LT-2: 75.00 - 70.00 = 5.00. LT-3, served 12/15/2025: the 2025 rate 60.00 -
		// 50.00
		// = 10.00 (not the 2026 rate).
		List<JsonNode> found = rows(this.api.get("manager", UNDERPAYMENTS).body(), "LT-");
		assertThat(found)
			.extracting((row) -> row.get("claimNumber").asString() + " " + money(row.get("expected")) + " "
					+ money(row.get("variance")))
			.containsExactly("LT-1 95.00 25.00", "LT-3 60.00 10.00", "LT-2 75.00 5.00");

		HttpResponse<String> again = importSchedule("admin", schedule);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json.readTree(again.body()).get("added").asInt()).as("the same file again adds nothing").isZero();
		assertThat(json.readTree(again.body()).get("unchanged").asInt()).isEqualTo(3);
		assertThat(rows(this.api.get("manager", SCHEDULES).body(), "LTH1", "payerId")).hasSize(3);
	}

	@Test
	void aReversalRemovesTheUnderpaymentItReversed() throws Exception {
		this.fixtures.claims("REVERSE HEALTH", "RVH1", "RV", 1, "200.00");
		importSchedule("manager", HEADER + "RVH1,99211,,88.00,01/01/2026,\n");
		X12Builder first = DenialFixtures.remittance("REVERSE HEALTH", "RVH1", "RVTR1");
		first.payment("RV-1", "1", "200.00", "60.00", "0.00")
			.then("SVC*HC:99211*200.00*60.00**1", "DTM*472*20260105", "CAS*CO*45*140.00");
		this.fixtures.post(first, "RVTR1", today().minusDays(10));
		assertThat(rows(this.api.get("manager", UNDERPAYMENTS).body(), "RV-")).hasSize(1);

		X12Builder second = DenialFixtures.remittance("REVERSE HEALTH", "RVH1", "RVTR2");
		second.payment("RV-1", "22", "-200.00", "-60.00", "0.00")
			.then("SVC*HC:99211*-200.00*-60.00**1", "DTM*472*20260105", "CAS*CO*45*-140.00");
		second.payment("RV-1", "1", "200.00", "88.00", "0.00")
			.then("SVC*HC:99211*200.00*88.00**1", "DTM*472*20260105", "CAS*CO*45*112.00");
		this.fixtures.post(second, "RVTR2", today().minusDays(1));
		assertThat(rows(this.api.get("manager", UNDERPAYMENTS).body(), "RV-"))
			.as("the reversal took back the underpaid payment; the corrected one pays the contract")
			.isEmpty();
	}

	@Test
	void threeUnderpaymentsByOnePayerAndCodeOpenOneTrendIssue() {
		this.fixtures.claims("TREND UNDER HEALTH", "TUH1", "TU", 3, "200.00");
		importSchedule("manager", HEADER + "TUH1,99211,,88.00,01/01/2026,\n");
		X12Builder remittance = DenialFixtures.remittance("TREND UNDER HEALTH", "TUH1", "TUTR1");
		for (int i = 1; i <= 3; i++) {
			remittance.payment("TU-" + i, "1", "200.00", "71.40", "0.00")
				.then("SVC*HC:99211*200.00*71.40**1", "DTM*472*20260105", "CAS*CO*45*128.60");
		}
		this.fixtures.post(remittance, "TUTR1", today().minusDays(5));
		AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.issues.scan(LAKEVIEW));
		AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.issues.scan(LAKEVIEW));

		List<TrendIssue> mine = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.issues.issues(LAKEVIEW, null))
			.stream()
			.filter((issue) -> issue.kind() == TrendIssueKind.UNDERPAYMENTS && issue.what().contains("TREND UNDER"))
			.toList();
		assertThat(mine).as("one issue, also after a second scan").hasSize(1);
		assertThat(mine.getFirst().claims()).isEqualTo(3);
		// 3 x (88.00 - 71.40) = 49.80
		assertThat(mine.getFirst().atStake()).isEqualByComparingTo("49.80");
		assertThat(mine.getFirst().what()).startsWith("TREND UNDER HEALTH underpaid 99211 on 3 lines");
	}

	@Test
	void aBadFileIsRefusedWholeWithEveryErrorLineNumberedAndNamingItsColumn() throws Exception {
		this.fixtures.claims("CSV HEALTH", "CSH1", "CS", 1, "100.00");
		HttpResponse<String> bad = importSchedule("manager",
				HEADER + "CSH1,99213,,88.00,01/01/2026,\n" + "CSH1,99214,,abc,01/01/2026,\n"
						+ "CSH1,99215,,90.00,13/45/2026,\n" + "NOPE1,99213,,90.00,01/01/2026,\n"
						+ "CSH1,9921,XYZ,90.00,01/01/2026,12/31/2025\n" + "CSH1,99213,,91.00,06/01/2026,\n");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(bad.body()).contains("line 3, allowed_amount")
			.contains("line 4, effective_from")
			.contains("line 5, payer_id")
			.contains("line 6, procedure_code")
			.contains("line 6, modifier")
			.contains("line 6, effective_to")
			.contains("line 7, effective_from: the period overlaps line 2");
		assertThat(rows(this.api.get("manager", SCHEDULES).body(), "CSH1", "payerId"))
			.as("all or nothing: the good line 2 was not kept")
			.isEmpty();

		HttpResponse<String> noHeader = importSchedule("manager", "CSH1,99213,,88.00,01/01/2026,\n");
		assertThat(noHeader.statusCode()).isEqualTo(422);
		assertThat(noHeader.body()).contains("line 1").contains("header");

		assertThat(importSchedule("manager", HEADER + "CSH1,99213,,88.00,01/01/2026,12/31/2026\n").statusCode())
			.isEqualTo(200);
		HttpResponse<String> overlap = importSchedule("manager", HEADER + "CSH1,99213,,89.00,07/01/2026,\n");
		assertThat(overlap.statusCode()).isEqualTo(422);
		assertThat(overlap.body()).contains("line 2, effective_from: the period overlaps the schedule row on file");
	}

	@Test
	void onlyManagersAndAdministratorsOfTheClientChangeSchedulesAndViewersSeeNoUnderpayments() {
		String csv = HEADER + "UPH1,99212,,50.00,01/01/2026,\n";
		assertThat(importSchedule("specialist", csv).statusCode()).as("specialist").isEqualTo(403);
		assertThat(importSchedule("viewer.lakeview-ortho", csv).statusCode()).as("viewer").isEqualTo(403);
		assertThat(this.api
			.postFile("specialist", "/api/v1/clients/riverside-cardiology/fee-schedules", "schedule.csv",
					csv.getBytes(StandardCharsets.UTF_8))
			.statusCode()).as("a client the specialist is not assigned to").isEqualTo(404);
		assertThat(this.api.get("viewer.lakeview-ortho", UNDERPAYMENTS).statusCode()).isEqualTo(403);
		assertThat(this.api.get("viewer.lakeview-ortho", SCHEDULES).statusCode()).isEqualTo(403);
		assertThat(this.api.get("specialist", "/api/v1/clients/riverside-cardiology/underpayments").statusCode())
			.isEqualTo(404);
		assertThat(this.api
			.postJson("specialist", SCHEDULES,
					"{\"payerId\":\"UPH1\",\"procedureCode\":\"99212\","
							+ "\"allowedAmount\":50.00,\"effectiveFrom\":\"2026-01-01\"}")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void everyGridChangeIsAuditedWithWhoOldAndNew() throws Exception {
		this.fixtures.claims("GRID HEALTH", "GRH1", "GR", 1, "100.00");
		HttpResponse<String> added = this.api.postJson("manager", SCHEDULES, "{\"payerId\":\"GRH1\","
				+ "\"procedureCode\":\"99213\",\"allowedAmount\":80.00,\"effectiveFrom\":\"2026-01-01\"}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		JsonNode row = json.readTree(added.body());
		long id = row.get("id").asLong();
		HttpResponse<String> changed = this.api
			.send("admin", HttpRequest.newBuilder(URI.create(this.api.baseUrl() + SCHEDULES + "/" + id))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"entry\":{\"payerId\":\"GRH1\",\"procedureCode\":\"99213\","
						+ "\"allowedAmount\":82.50,\"effectiveFrom\":\"2026-01-01\"},\"version\":" + row.get("version")
						+ "}")));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		HttpResponse<String> stale = this.api
			.send("admin", HttpRequest.newBuilder(URI.create(this.api.baseUrl() + SCHEDULES + "/" + id))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"entry\":{\"payerId\":\"GRH1\",\"procedureCode\":\"99213\","
						+ "\"allowedAmount\":99.00,\"effectiveFrom\":\"2026-01-01\"},\"version\":" + row.get("version")
						+ "}")));
		assertThat(stale.statusCode()).isEqualTo(409);
		HttpResponse<String> badAmount = this.api.postJson("manager", SCHEDULES, "{\"payerId\":\"GRH1\","
				+ "\"procedureCode\":\"99214\",\"allowedAmount\":-1,\"effectiveFrom\":\"2026-01-01\"}");
		assertThat(badAmount.statusCode()).isEqualTo(400);
		assertThat(badAmount.body()).contains("allowedAmount");
		assertThat(this.api
			.send("manager", HttpRequest.newBuilder(URI.create(this.api.baseUrl() + SCHEDULES + "/" + id)).DELETE())
			.statusCode()).isEqualTo(204);

		List<String> trail = new ArrayList<>();
		for (JsonNode change : json.readTree(this.api.get("manager", SCHEDULES + "/changes").body())) {
			String text = change.get("action").asString() + " by " + change.get("changedBy").asString() + ": "
					+ change.get("oldValue").asString("") + " -> " + change.get("newValue").asString("");
			if (text.contains("GRH1")) {
				trail.add(text);
			}
		}
		assertThat(trail).containsExactly("DELETED by manager: GRH1 99213 $82.50 from 01/01/2026 (open-ended) -> ",
				"CHANGED by admin: GRH1 99213 $80.00 from 01/01/2026 (open-ended) -> "
						+ "GRH1 99213 $82.50 from 01/01/2026 (open-ended)",
				"ADDED by manager:  -> GRH1 99213 $80.00 from 01/01/2026 (open-ended)");
	}

	private HttpResponse<String> importSchedule(String user, String csv) {
		return this.api.postFile(user, SCHEDULES, "schedule.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private static List<JsonNode> rows(String body, String claimPrefix) {
		return rows(body, claimPrefix, "claimNumber");
	}

	private static List<JsonNode> rows(String body, String prefix, String field) {
		List<JsonNode> rows = new ArrayList<>();
		json.readTree(body).forEach((row) -> {
			if (row.get(field).asString().startsWith(prefix)) {
				rows.add(row);
			}
		});
		return rows;
	}

	private static String money(JsonNode amount) {
		return amount.decimalValue().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Denver"));
	}

}

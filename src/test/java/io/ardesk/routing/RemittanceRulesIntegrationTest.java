package io.ardesk.routing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remittance rules over REST and at posting: a rule on a routine code is refused naming
 * the field; a rule fires for its payer, code and amount only, assigns, sets the work
 * status, the next action and the denial category, opens a document request and counts
 * the claims it touched; only managers of the client write rules.
 */
@ArdeskIntegrationTest
class RemittanceRulesIntegrationTest extends IntegrationTestSupport {

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	static final String RULES = "/api/v1/clients/northside-family/remittance-rules";

	static final JsonMapper json = JsonMapper.builder().build();

	static final String AUTH_RULE = """
			{"name": "Rule Health authorizations",
			 "when": {"carcs": ["197", "15"], "groupCode": "co", "payerId": "RLH1", "payerOrder": "PRIMARY",
			          "minDenied": 100.00},
			 "then": {"setCategory": "MISSING_INFORMATION", "assignTo": "specialist2",
			          "workStatus": "WAITING_ON_CLIENT", "nextActionDays": 5,
			          "documentRequest": "Authorization number from the front desk"}}
			""";

	@Autowired
	FileImports imports;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void api() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void aRuleOnARoutineCodeIsRefusedNamingTheField() throws Exception {
		HttpResponse<String> refused = this.api.postJson("manager", RULES, """
				{"name": "Contractual", "when": {"carcs": ["45"], "groupCode": "CO", "payerOrder": "ANY"},
				 "then": {"workStatus": "RESOLVED"}}
				""");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("when.carcs").contains("routine");
		HttpResponse<String> stranger = this.api.postJson("manager", RULES, """
				{"name": "Stranger", "when": {"carcs": ["197"], "groupCode": "CO", "payerOrder": "ANY"},
				 "then": {"assignTo": "nobody"}}
				""");
		assertThat(stranger.statusCode()).isEqualTo(422);
		assertThat(stranger.body()).contains("then.assignTo");
		HttpResponse<String> nothing = this.api.postJson("manager", RULES, """
				{"name": "Idle", "when": {"carcs": ["197"], "groupCode": "CO", "payerOrder": "ANY"}, "then": {}}
				""");
		assertThat(nothing.statusCode()).isEqualTo(422);
	}

	@Test
	void aRuleFiresAtPostingForItsPayerCodeAndAmountOnlyAndCountsTheClaimsItTouched() throws Exception {
		HttpResponse<String> created = this.api.postJson("manager", RULES, AUTH_RULE);
		assertThat(created.statusCode()).isEqualTo(201);
		long id = json.readTree(created.body()).get("id").asLong();

		String served = today().minusDays(20).format(DateTimeFormatter.BASIC_ISO_DATE);
		post("RL.837",
				X12Builder.claims837("RULE HEALTH", "RLH1")
					.claim("RL-1", "P", "1", served, "300.00")
					.claim("RL-2", "P", "1", served, "150.00")
					.build(NORTHSIDE));
		post("RLO.837",
				X12Builder.claims837("OTHER RULE HEALTH", "ORH1")
					.claim("RL-3", "P", "1", served, "300.00")
					.build(NORTHSIDE));
		post("RLTR1.835",
				X12Builder.remittance835("RULE HEALTH", "RLH1", "RLTR1", "0.00")
					.payment("RL-1", "4", "300.00", "0.00", "0.00", "CO-197:300.00")
					.payment("RL-2", "1", "150.00", "100.00", "0.00", "CO-197:50.00")
					.build(NORTHSIDE));
		post("RLTR2.835",
				X12Builder.remittance835("OTHER RULE HEALTH", "ORH1", "RLTR2", "0.00")
					.payment("RL-3", "4", "300.00", "0.00", "0.00", "CO-197:300.00")
					.build(NORTHSIDE));

		Map<String, Object> routed = work("RL-1");
		assertThat(routed).containsEntry("owner", "specialist2")
			.containsEntry("work_status", "WAITING_ON_CLIENT")
			.containsEntry("denial_category", "MISSING_INFORMATION");
		assertThat(routed.get("next_action_date").toString()).isEqualTo(today().plusDays(5).toString());
		assertThat(routed.get("requests").toString()).isEqualTo("Authorization number from the front desk");
		assertThat(work("RL-2")).as("denied 50.00, under the rule's 100.00")
			.containsEntry("requests", null)
			.containsEntry("work_status", "NEW");
		assertThat(work("RL-3")).as("another payer")
			.containsEntry("requests", null)
			.containsEntry("denial_category", "AUTHORIZATION");
		assertThat(touched(id)).isEqualTo(1);

		post("RLTR3.835",
				X12Builder.remittance835("RULE HEALTH", "RLH1", "RLTR3", "0.00")
					.payment("RL-2", "4", "150.00", "0.00", "0.00", "CO-15:150.00")
					.build(NORTHSIDE));
		assertThat(work("RL-2")).containsEntry("owner", "specialist2");
		assertThat(touched(id)).isEqualTo(2);
		JsonNode listed = json.readTree(this.api.get("specialist", RULES).body());
		assertThat(listed.toString()).contains("Rule Health authorizations").contains("\"claimsTouched\":2");

		HttpResponse<String> renamed = this.api.send("manager",
				HttpRequest.newBuilder(URI.create(this.api.baseUrl() + RULES + "/" + id))
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString(
							AUTH_RULE.replace("Rule Health authorizations", "Rule Health authorizations (renamed)"))));
		assertThat(renamed.statusCode()).isEqualTo(200);
		assertThat(json.readTree(renamed.body()).get("claimsTouched").asInt()).as("the count survives an edit")
			.isEqualTo(2);
	}

	@Test
	void onlyManagersOfTheClientWriteRules() {
		assertThat(this.api.postJson("specialist", RULES, AUTH_RULE).statusCode()).isEqualTo(403);
		assertThat(this.api.get("viewer.northside-family", RULES).statusCode()).isEqualTo(403);
		assertThat(this.api.get("specialist", "/api/v1/clients/riverside-cardiology/remittance-rules").statusCode())
			.isEqualTo(404);
		assertThat(this.api
			.send("manager", HttpRequest.newBuilder(URI.create(this.api.baseUrl() + RULES + "/999999")).DELETE())
			.statusCode()).isEqualTo(404);
	}

	private Map<String, Object> work(String claimNumber) {
		return this.jdbc.sql("""
				select w.owner, w.work_status, w.next_action_date, c.denial_category,
				  (select string_agg(d.what_is_needed, '|') from client_northside_family.document_request d
				   where d.claim_id = c.id and d.status = 'OPEN') as requests
				from client_northside_family.claim c
				left join client_northside_family.claim_work w on w.claim_id = c.id
				where c.claim_number = :claim
				""").param("claim", claimNumber).query().singleRow();
	}

	private long touched(long id) {
		return this.jdbc.sql("select claims_touched from client_northside_family.remittance_rule where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/**
	 * Files as the practice sends them; remittances paid today (not the builder's fixed
	 * date).
	 */
	private void post(String name, byte[] content) {
		byte[] file = new String(content, java.nio.charset.StandardCharsets.UTF_8)
			.replace("DA*98765*20260210", "DA*98765*" + today().format(DateTimeFormatter.BASIC_ISO_DATE))
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		AsUser.run("specialist", "AR_SPECIALIST",
				() -> assertThat(this.imports.importFile(NORTHSIDE, name, file, ImportProgress.none()).status())
					.as(name)
					.isEqualTo(ImportStatus.POSTED));
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Chicago"));
	}

}

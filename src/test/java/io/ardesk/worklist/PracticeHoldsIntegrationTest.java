package io.ardesk.worklist;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.shared.ui.Formats;
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
 * Documentation and authorization holds on a real ledger: the codes suggest the request,
 * one call creates it, the queue shows how long the claim has waited on the practice, and
 * the practice's roll-up counts it.
 */
@ArdeskIntegrationTest
class PracticeHoldsIntegrationTest extends IntegrationTestSupport {

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	FileImports imports;

	@Autowired
	PracticeHolds holds;

	@Autowired
	WorkQueue queue;

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
	void denialsForAuthorizationOrMissingRecordsSuggestARequestThatWaitsOnThePracticeWithItsAge() throws Exception {
		LocalDate served = today().minusDays(30);
		X12Builder claims = X12Builder.claims837("HOLD HEALTH", "HLD1")
			.claim("HD-AUTH", "P", "1", served.format(DateTimeFormatter.BASIC_ISO_DATE), "300.00")
			.claim("HD-REC", "P", "1", served.format(DateTimeFormatter.BASIC_ISO_DATE), "200.00")
			.claim("HD-PLAIN", "P", "1", served.format(DateTimeFormatter.BASIC_ISO_DATE), "100.00");
		post("HD.837", claims.build(NORTHSIDE));
		post("HDTR1.835",
				X12Builder.remittance835("HOLD HEALTH", "HLD1", "HDTR1", "0.00")
					.payment("HD-AUTH", "4", "300.00", "0.00", "0.00", "CO-197:300.00")
					.payment("HD-REC", "4", "200.00", "0.00", "0.00", "CO-16:200.00")
					.remark("M127")
					.payment("HD-PLAIN", "4", "100.00", "0.00", "0.00", "CO-16:100.00")
					.remark("N4")
					.build(NORTHSIDE));
		PracticeWait before = asSpecialist(() -> this.holds.waitingOnPractice(NORTHSIDE));

		SuggestedDocumentRequest authorization = asSpecialist(() -> this.holds.suggestion(NORTHSIDE, "HD-AUTH"))
			.orElseThrow();
		assertThat(authorization.whatIsNeeded())
			.isEqualTo("Authorization number for DOS " + Formats.date(served) + " (CARC 197)");
		assertThat(authorization.dueDate()).isEqualTo(today().plusDays(PracticeHolds.DUE_DAYS));
		assertThat(asSpecialist(() -> this.holds.suggestion(NORTHSIDE, "HD-REC")).orElseThrow().whatIsNeeded())
			.isEqualTo("Medical records for DOS " + Formats.date(served) + " (CARC 16, RARC M127)");
		assertThat(asSpecialist(() -> this.holds.suggestion(NORTHSIDE, "HD-PLAIN"))).as("CARC 16 with N4 only")
			.isEmpty();
		assertThat(this.api.get("specialist", path("HD-PLAIN")).statusCode()).isEqualTo(204);

		HttpResponse<String> created = this.api.postJson("specialist", path("HD-AUTH"), "");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(json.readTree(created.body()).get("whatIsNeeded").asString())
			.isEqualTo(authorization.whatIsNeeded());
		assertThat(asSpecialist(() -> this.holds.suggestion(NORTHSIDE, "HD-AUTH"))).as("already asked").isEmpty();
		HttpResponse<String> again = this.api.postJson("specialist", path("HD-AUTH"), "");
		assertThat(again.statusCode()).isEqualTo(422);
		assertThat(again.body()).contains("claimNumber");
		asSpecialist(() -> this.holds.requestSuggested(NORTHSIDE, "HD-REC"));

		this.jdbc.sql("""
				update client_northside_family.document_request set requested_at = requested_at - interval '20 days'
				where claim_id = (select id from client_northside_family.claim where claim_number = 'HD-AUTH')
				""").update();
		// Twenty days on, the request's due date (its next action) has passed.
		this.jdbc.sql("""
				update client_northside_family.claim_work set next_action_date = current_date - 6
				where claim_id = (select id from client_northside_family.claim where claim_number = 'HD-AUTH')
				""").update();
		AsUser.run("admin", "FIRM_ADMIN", () -> this.queue.refresh(NORTHSIDE, true));
		WorkItem waiting = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.queue.clientQueue(NORTHSIDE, null, 500))
			.stream()
			.filter((item) -> item.claimNumber().equals("HD-AUTH"))
			.findFirst()
			.orElseThrow();
		assertThat(waiting.reasons().getFirst())
			.isEqualTo("Waiting on the practice 20 days: Authorization number for DOS " + Formats.date(served)
					+ " (CARC 197)");

		PracticeWait after = asSpecialist(() -> this.holds.waitingOnPractice(NORTHSIDE));
		assertThat(after.claims()).isEqualTo(before.claims() + 2);
		assertThat(after.balance()).isEqualByComparingTo(before.balance().add(new java.math.BigDecimal("500.00")));
		assertThat(after.oldestDays()).isGreaterThanOrEqualTo(20);
		assertThat(after.overDays()).isEqualTo(before.overDays() + 1);
		JsonNode rest = json
			.readTree(this.api.get("manager", "/api/v1/clients/northside-family/waiting-on-practice").body());
		assertThat(rest.get("claims").asInt()).isEqualTo(after.claims());
		JsonNode everywhere = json.readTree(this.api.get("manager", "/api/v1/waiting-on-practice").body());
		assertThat(everywhere.toString()).contains("Northside Family Medicine");
	}

	@Test
	void onlyTheFirmsStaffOfTheClientSeeHolds() {
		assertThat(this.api.get("viewer.northside-family", "/api/v1/clients/northside-family/waiting-on-practice")
			.statusCode()).isEqualTo(403);
		assertThat(this.api.get("specialist", "/api/v1/clients/riverside-cardiology/waiting-on-practice").statusCode())
			.isEqualTo(404);
	}

	private static String path(String claimNumber) {
		return "/api/v1/clients/northside-family/claims/" + claimNumber + "/suggested-document-request";
	}

	/**
	 * Files as the practice sends them; remittances paid today (not the builder's fixed
	 * date).
	 */
	private void post(String name, byte[] content) {
		byte[] file = new String(content, java.nio.charset.StandardCharsets.UTF_8)
			.replace("DA*98765*20260210", "DA*98765*" + today().format(DateTimeFormatter.BASIC_ISO_DATE))
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		AsUser.run("admin", "FIRM_ADMIN",
				() -> assertThat(this.imports.importFile(NORTHSIDE, name, file, ImportProgress.none()).status())
					.as(name)
					.isEqualTo(ImportStatus.POSTED));
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Chicago"));
	}

	private static <T> T asSpecialist(java.util.function.Supplier<T> work) {
		return AsUser.call("specialist", "AR_SPECIALIST", work);
	}

}

package io.ardesk.secondaries;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secondary rule on a real ledger: a primary paid with patient responsibility and a
 * secondary on file is unaddressed after 30 days unless crossed over, billed to or paid
 * by the secondary, or under appeal; the work queue says so, and only the firm's staff of
 * the client see the list.
 */
@ArdeskIntegrationTest
class SecondariesIntegrationTest extends IntegrationTestSupport {

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	static final JsonMapper json = JsonMapper.builder().build();

	static final String PRIMARY = "SECPRIME HEALTH";

	@Autowired
	FileImports imports;

	@Autowired
	UnaddressedSecondaries secondaries;

	@Autowired
	WorkQueue queue;

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
	void aPrimaryWithPatientResponsibilityAndASecondaryOnFileIsUnaddressedAfterThirtyDaysUnlessForwarded()
			throws Exception {
		String dos = today().minusDays(55).format(DateTimeFormatter.BASIC_ISO_DATE);
		List<X12Builder.OtherPayer> secondary = List.of(X12Builder.OtherPayer.next("S", "SECOND MUTUAL", "SCM1"));
		X12Builder claims = X12Builder.claims837(PRIMARY, "SPH1")
			.claim("SC-OLD", "P", "1", dos, secondary, "200.00")
			.claim("SC-CROSS", "P", "1", dos, secondary, "200.00")
			.claim("SC-NEW", "P", "1", dos, secondary, "200.00")
			.claim("SC-APPEAL", "P", "1", dos, secondary, "200.00")
			.claim("SC-ALONE", "P", "1", dos, "200.00")
			.claim("SC-PAIDSEC", "P", "1", dos, secondary, "200.00");
		post("SC.837", claims.build(NORTHSIDE));

		X12Builder old = X12Builder.remittance835(PRIMARY, "SPH1", "SCTR1", "0.00")
			.payment("SC-OLD", "1", "200.00", "120.00", "50.00", "CO-45:30.00", "PR-2:50.00")
			.payment("SC-CROSS", "19", "200.00", "120.00", "50.00", "CO-45:30.00", "PR-2:50.00")
			.payment("SC-APPEAL", "1", "200.00", "120.00", "50.00", "CO-45:30.00", "PR-2:50.00")
			.payment("SC-ALONE", "1", "200.00", "120.00", "50.00", "CO-45:30.00", "PR-2:50.00")
			.payment("SC-PAIDSEC", "1", "200.00", "120.00", "50.00", "CO-45:30.00", "PR-2:50.00");
		post(old, "SCTR1", today().minusDays(40));
		post(X12Builder.remittance835(PRIMARY, "SPH1", "SCTR2", "0.00")
			.payment("SC-NEW", "1", "200.00", "120.00", "50.00", "CO-45:30.00", "PR-2:50.00"), "SCTR2",
				today().minusDays(10));
		post(X12Builder.remittance835("SECOND MUTUAL", "SCM1", "SCTR3", "0.00")
			.payment("SC-PAIDSEC", "2", "200.00", "40.00", "10.00", "OA-23:150.00", "PR-2:10.00"), "SCTR3",
				today().minusDays(20));
		AsUser.run("specialist", "AR_SPECIALIST",
				() -> this.actions.startAppeal(NORTHSIDE, "SC-APPEAL", 1, "The primary misapplied coinsurance"));

		SecondaryWorklist list = AsUser.call("specialist", "AR_SPECIALIST", () -> this.secondaries.worklist(NORTHSIDE));
		List<UnaddressedSecondary> mine = list.claims()
			.stream()
			.filter((claim) -> claim.claimNumber().startsWith("SC-"))
			.toList();
		assertThat(mine).as("crossed over, too recent, under appeal, no secondary, paid by the secondary: all out")
			.extracting(UnaddressedSecondary::claimNumber)
			.containsExactly("SC-OLD");
		UnaddressedSecondary unbilled = mine.getFirst();
		assertThat(unbilled.secondaryPayer()).isEqualTo("SECOND MUTUAL");
		assertThat(unbilled.patientResponsibility()).isEqualByComparingTo("50.00");
		assertThat(unbilled.daysWaiting()).isEqualTo(40);
		assertThat(list.afterDays()).isEqualTo(30);
		assertThat(list.count()).isEqualTo(list.claims().size());

		AsUser.run("admin", "FIRM_ADMIN", () -> this.queue.refresh(NORTHSIDE, true));
		WorkItem item = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.queue.clientQueue(NORTHSIDE, null, 500))
			.stream()
			.filter((work) -> work.claimNumber().equals("SC-OLD"))
			.findFirst()
			.orElseThrow();
		assertThat(item.reasons().getFirst())
			.isEqualTo("Secondary not billed: primary paid 40 days ago with $50.00 patient responsibility; "
					+ "SECOND MUTUAL on file");

		HttpResponse<String> rest = this.api.get("specialist", "/api/v1/clients/northside-family/secondaries");
		assertThat(rest.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(rest.body());
		assertThat(body.get("count").asInt()).isEqualTo(list.count());
		assertThat(body.get("claims").toString()).contains("SC-OLD").doesNotContain("SC-CROSS");
		HttpResponse<String> csv = this.api.get("manager", "/api/v1/clients/northside-family/secondaries.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains("SC-OLD").contains("SECOND MUTUAL");
	}

	@Test
	void onlyTheFirmsStaffOfTheClientSeeTheSecondaryWorklist() {
		assertThat(this.api.get("viewer.northside-family", "/api/v1/clients/northside-family/secondaries").statusCode())
			.isEqualTo(403);
		assertThat(this.api.get("specialist", "/api/v1/clients/riverside-cardiology/secondaries").statusCode())
			.isEqualTo(404);
		assertThat(this.api.get(null, "/api/v1/clients/northside-family/secondaries").statusCode()).isEqualTo(401);
	}

	private void post(X12Builder remittance, String trace, LocalDate paidOn) {
		String text = new String(remittance.build(NORTHSIDE), StandardCharsets.UTF_8).replace("DA*98765*20260210",
				"DA*98765*" + paidOn.format(DateTimeFormatter.BASIC_ISO_DATE));
		post(trace + ".835", text.getBytes(StandardCharsets.UTF_8));
	}

	private void post(String name, byte[] content) {
		AsUser.run("admin", "FIRM_ADMIN",
				() -> assertThat(this.imports.importFile(NORTHSIDE, name, content, ImportProgress.none()).status())
					.as(name)
					.isEqualTo(ImportStatus.POSTED));
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Chicago"));
	}

}

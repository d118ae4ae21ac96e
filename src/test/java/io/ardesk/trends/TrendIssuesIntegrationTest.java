package io.ardesk.trends;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.ardesk.denials.DenialFixtures;
import io.ardesk.imports.FileImports;
import io.ardesk.security.ClientAccessDeniedException;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Trend detection and the life of an issue on a real ledger: one issue per pattern over
 * the threshold, none under it, resolving, reopening when the pattern returns, and who
 * may do what. Each test uses its own payer.
 */
@ArdeskIntegrationTest
class TrendIssuesIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

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
	void detectionOpensExactlyOneIssueForASeededPatternAndNoneUnderTheThreshold() throws Exception {
		this.fixtures.claims("TREND HEALTH", "TRH1", "TRD", 9, "300.00");
		X12Builder remittance = DenialFixtures.remittance("TREND HEALTH", "TRH1", "TRTR1");
		for (int i = 1; i <= 5; i++) {
			remittance.payment("TRD-" + i, "4", "300.00", "0.00", "0.00", "CO-197:300.00");
		}
		for (int i = 6; i <= 9; i++) {
			remittance.payment("TRD-" + i, "4", "300.00", "0.00", "0.00", "CO-16:300.00");
		}
		this.fixtures.post(remittance, "TRTR1", today().minusDays(5));

		HttpResponse<String> scan = this.api.postJson("manager", "/api/v1/clients/lakeview-ortho/trend-issues/scan",
				"");
		assertThat(scan.statusCode()).isEqualTo(200);
		assertThat(json.readTree(scan.body()).get("opened").asInt()).isPositive();
		asManager(() -> this.issues.scan(LAKEVIEW));

		List<TrendIssue> mine = mine("TREND HEALTH");
		assertThat(mine).as("five CO-197 denials: one issue, also after a second scan; four CO-16: none")
			.extracting(TrendIssue::patternKey)
			.containsExactly("REPEATED_DENIALS|TREND HEALTH|CO-197");
		TrendIssue issue = mine.getFirst();
		assertThat(issue.status()).isEqualTo(TrendIssueStatus.OPEN);
		assertThat(issue.claims()).isEqualTo(5);
		assertThat(issue.atStake()).isEqualByComparingTo("1500.00");
		assertThat(issue.what()).startsWith("TREND HEALTH denied 5 claims for CO-197");

		JsonNode detail = json
			.readTree(this.api.get("specialist", "/api/v1/clients/lakeview-ortho/trend-issues/" + issue.id()).body());
		assertThat(detail.get("claims")).hasSize(5);
		assertThat(detail.get("claims").get(0).get("reason").asString()).isEqualTo("CO-197");
	}

	@Test
	void anIssueIsAssignedResolvedWithItsRootCauseAndReopensWhenThePatternReturns() throws Exception {
		this.fixtures.claims("RETURN HEALTH", "RTH1", "RT", 10, "100.00");
		X12Builder first = DenialFixtures.remittance("RETURN HEALTH", "RTH1", "TRRT1");
		for (int i = 1; i <= 5; i++) {
			first.payment("RT-" + i, "4", "100.00", "0.00", "0.00", "CO-15:100.00");
		}
		this.fixtures.post(first, "TRRT1", today().minusDays(8));
		asManager(() -> this.issues.scan(LAKEVIEW));
		TrendIssue issue = mine("RETURN HEALTH").getFirst();
		String path = "/api/v1/clients/lakeview-ortho/trend-issues/" + issue.id();

		HttpResponse<String> stranger = patch("manager", path, "{\"owner\":\"nobody\"}");
		assertThat(stranger.statusCode()).isEqualTo(422);
		assertThat(stranger.body()).contains("owner");
		HttpResponse<String> early = patch("manager", path, "{\"status\":\"RESOLVED\"}");
		assertThat(early.statusCode()).isEqualTo(422);
		assertThat(early.body()).contains("rootCause");

		assertThat(patch("manager", path, "{\"owner\":\"specialist\",\"status\":\"IN_PROGRESS\"}").statusCode())
			.isEqualTo(200);
		HttpResponse<String> resolved = patch("specialist", path,
				"{\"rootCause\":\"Front desk does not check authorization\","
						+ "\"preventiveAction\":\"Verify authorization at scheduling\",\"status\":\"RESOLVED\"}");
		assertThat(resolved.statusCode()).isEqualTo(200);
		assertThat(json.readTree(resolved.body()).get("status").asString()).isEqualTo("RESOLVED");

		asManager(() -> this.issues.scan(LAKEVIEW));
		assertThat(mine("RETURN HEALTH").getFirst().status()).as("the old claims alone do not reopen it")
			.isEqualTo(TrendIssueStatus.RESOLVED);

		X12Builder again = DenialFixtures.remittance("RETURN HEALTH", "RTH1", "TRRT2");
		for (int i = 6; i <= 10; i++) {
			again.payment("RT-" + i, "4", "100.00", "0.00", "0.00", "CO-15:100.00");
		}
		this.fixtures.post(again, "TRRT2", today());
		TrendScan scan = asManager(() -> this.issues.scan(LAKEVIEW));

		assertThat(scan.reopened()).isEqualTo(1);
		List<TrendIssue> after = mine("RETURN HEALTH");
		assertThat(after).hasSize(1);
		assertThat(after.getFirst().id()).isEqualTo(issue.id());
		assertThat(after.getFirst().status()).isEqualTo(TrendIssueStatus.OPEN);
		assertThat(after.getFirst().reopened()).isEqualTo(1);
		assertThat(after.getFirst().claims()).isEqualTo(10);
		assertThat(after.getFirst().rootCause()).as("the history of the issue is kept")
			.isEqualTo("Front desk does not check authorization");
	}

	@Test
	void onlyManagersRunDetectionAndOtherClientsSeeNothing() {
		assertThat(this.api.postJson("specialist", "/api/v1/clients/lakeview-ortho/trend-issues/scan", "").statusCode())
			.isEqualTo(403);
		assertThatThrownBy(() -> AsUser.call("specialist", "AR_SPECIALIST", () -> this.issues.scan(LAKEVIEW)))
			.isInstanceOf(ClientAccessDeniedException.class);
		// Trend issues are the firm's: refused to a practice's viewer (issue 13).
		assertThat(
				this.api.get("viewer.riverside-cardiology", "/api/v1/clients/lakeview-ortho/trend-issues").statusCode())
			.isEqualTo(403);
		assertThat(this.api.get("manager", "/api/v1/clients/lakeview-ortho/trend-issues/999999").statusCode())
			.isEqualTo(404);
	}

	private List<TrendIssue> mine(String payer) {
		return asManager(() -> this.issues.issues(LAKEVIEW, null)).stream()
			.filter((issue) -> issue.patternKey().contains("|" + payer + "|"))
			.toList();
	}

	private HttpResponse<String> patch(String user, String path, String body) {
		return this.api.send(user,
				HttpRequest.newBuilder(URI.create(this.api.baseUrl() + path))
					.header("Content-Type", "application/json")
					.method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Denver"));
	}

	private static <T> T asManager(java.util.function.Supplier<T> work) {
		return AsUser.call("manager", "ACCOUNT_MANAGER", work);
	}

}

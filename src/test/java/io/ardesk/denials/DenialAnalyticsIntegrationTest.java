package io.ardesk.denials;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.ardesk.imports.FileImports;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Denial analytics on a real ledger: which adjustments count as denials, the REST
 * summary, drill-down, bad input, access, and the learned recovery rate in the work
 * queue. Each test uses its own payer so that the figures are its own.
 */
@ArdeskIntegrationTest
class DenialAnalyticsIntegrationTest extends IntegrationTestSupport {

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	static final JsonMapper json = JsonMapper.builder().build();

	static boolean groupCodesSeeded;

	@Autowired
	FileImports imports;

	@Autowired
	DenialAnalytics analytics;

	@Autowired
	WorkQueue queue;

	@Autowired
	RecoveryHistory recovery;

	@LocalServerPort
	int port;

	ApiClient api;

	DenialFixtures fixtures;

	@BeforeEach
	void seedGroupCodes() {
		this.api = new ApiClient(this.port);
		this.fixtures = new DenialFixtures(this.imports, NORTHSIDE);
		if (!groupCodesSeeded) {
			this.fixtures.claims("GROUP CODE HEALTH", "GCH1", "GC", 4, "200.00");
			this.fixtures.post(
					DenialFixtures.remittance("GROUP CODE HEALTH", "GCH1", "TRGC")
						.payment("GC-1", "1", "200.00", "150.00", "20.00", "CO-45:30.00", "PR-1:20.00")
						.payment("GC-2", "4", "200.00", "0.00", "0.00", "CO-197:200.00")
						.payment("GC-3", "4", "200.00", "0.00", "0.00", "CR-18:200.00")
						.payment("GC-4", "1", "200.00", "0.00", "50.00", "PR-96:50.00", "CO-45:150.00"),
					"TRGC", today().minusDays(10));
			groupCodesSeeded = true;
		}
	}

	@Test
	void categoryMappingHonoursTheGroupCodeAndLeavesRoutineAdjustmentsOut() {
		List<DenialFigure> figures = asManager(() -> this.analytics.summary(NORTHSIDE, today().minusDays(30), today(),
				EnumSet.of(DenialDimension.CATEGORY, DenialDimension.PAYER, DenialDimension.REASON)))
			.stream()
			.filter((figure) -> "GROUP CODE HEALTH".equals(figure.key(DenialDimension.PAYER)))
			.toList();

		assertThat(figures)
			.extracting((f) -> f.key(DenialDimension.CATEGORY) + " " + f.key(DenialDimension.REASON) + " " + f.claims()
					+ " " + f.amount())
			.as("CO-197 and CR-18 on claims denied outright are denials; CO-45, PR-1 and PR-96 are not")
			.containsExactlyInAnyOrder("AUTHORIZATION CO-197 1 200.00", "DUPLICATE CR-18 1 200.00");
	}

	@Test
	void restSummaryAnswersCategoryPayerReasonCountAndAmount() throws Exception {
		var response = this.api.get("manager", "/api/v1/clients/northside-family/denials/summary?from="
				+ today().minusDays(30) + "&to=" + today() + "&groupBy=category,payer,reason");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode rows = json.readTree(response.body());
		JsonNode authorization = null;
		for (JsonNode row : rows) {
			assertThat(row.propertyNames()).containsExactly("category", "payer", "reason", "count", "amount");
			if ("CO-197".equals(row.get("reason").asString())
					&& "GROUP CODE HEALTH".equals(row.get("payer").asString())) {
				authorization = row;
			}
		}
		assertThat(authorization).isNotNull();
		assertThat(authorization.get("category").asString()).isEqualTo("AUTHORIZATION");
		assertThat(authorization.get("count").asInt()).isEqualTo(1);
		assertThat(authorization.get("amount").decimalValue()).isEqualByComparingTo("200.00");

		var byPayer = json.readTree(
				this.api
					.get("manager",
							"/api/v1/clients/northside-family/denials/summary?groupBy=payer&from="
									+ today().minusDays(30))
					.body());
		JsonNode payer = null;
		for (JsonNode row : byPayer) {
			if ("GROUP CODE HEALTH".equals(row.get("payer").asString())) {
				payer = row;
			}
		}
		assertThat(payer).isNotNull();
		assertThat(payer.get("category").isNull()).as("not grouped by category").isTrue();
		assertThat(payer.get("count").asInt()).isEqualTo(2);
		assertThat(payer.get("amount").decimalValue()).isEqualByComparingTo("400.00");
	}

	@Test
	void drillDownListsTheClaimsBehindAFigure() {
		List<DeniedClaim> claims = asManager(() -> this.analytics.claims(NORTHSIDE, today().minusDays(30), today(),
				new DenialFilter(
						Map.of(DenialDimension.CATEGORY, "AUTHORIZATION", DenialDimension.PAYER, "GROUP CODE HEALTH")),
				100));

		assertThat(claims).extracting(DeniedClaim::claimNumber).containsExactly("GC-2");
		assertThat(claims.getFirst().reason()).isEqualTo("CO-197");
		assertThat(claims.getFirst().denied()).isEqualByComparingTo("200.00");
		assertThat(claims.getFirst().deniedOn()).isEqualTo(today().minusDays(10));
	}

	@Test
	void badGroupingsAndReversedPeriodsAreProblemsNamingTheParameter() {
		var unknown = this.api.get("manager", "/api/v1/clients/northside-family/denials/summary?groupBy=colour");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("groupBy").contains("colour");

		var reversed = this.api.get("manager",
				"/api/v1/clients/northside-family/denials/summary?from=2026-06-01&to=2026-05-01");
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(reversed.body()).contains("from");

		var notADate = this.api.get("manager", "/api/v1/clients/northside-family/denials/summary?from=yesterday");
		assertThat(notADate.statusCode()).isEqualTo(400);
	}

	@Test
	void denialsOfAClientAreReadOnlyByThoseWhoMayReadIt() {
		assertThatThrownBy(
				() -> AsUser.call("specialist", "AR_SPECIALIST",
						() -> this.analytics.summary(ClientId.of("riverside-cardiology"), today().minusDays(30),
								today(), EnumSet.of(DenialDimension.CATEGORY))))
			.isInstanceOf(ClientAccessDeniedException.class);
		// Denial analytics are the firm's: a practice's viewer is refused them whichever
		// client the path names (issue 13), the same answer for every client.
		assertThat(this.api.get("viewer.riverside-cardiology", "/api/v1/clients/northside-family/denials/summary")
			.statusCode()).isEqualTo(403);
		assertThat(this.api.get("viewer.riverside-cardiology", "/api/v1/clients/northside-family/denials/claims")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void learnedRecoveryRateChangesAClaimsScoreAndSaysSo() {
		this.fixtures.claims("RECOVERY HEALTH", "RCH1", "LR", 21, "200.00");
		this.fixtures.post(DenialFixtures.remittance("RECOVERY HEALTH", "RCH1", "TRLR0")
			.payment("LR-21", "4", "200.00", "0.00", "0.00", "CO-197:200.00"), "TRLR0", today().minusDays(3));
		WorkItem before = item("LR-21");
		assertThat(before.reasons()).contains("authorization denial, usually recovered (55%, typical rate)");

		// History: 20 authorization denials 100 days ago, two of them paid in full later.
		var history = DenialFixtures.remittance("RECOVERY HEALTH", "RCH1", "TRLR1");
		for (int i = 1; i <= 20; i++) {
			history.payment("LR-" + i, "4", "200.00", "0.00", "0.00", "CO-197:200.00");
		}
		this.fixtures.post(history, "TRLR1", today().minusDays(100));
		this.fixtures.post(DenialFixtures.remittance("RECOVERY HEALTH", "RCH1", "TRLR2")
			.payment("LR-1", "1", "200.00", "200.00", "0.00")
			.payment("LR-2", "1", "200.00", "200.00", "0.00"), "TRLR2", today().minusDays(60));

		assertThat(asManager(() -> this.recovery.learnedRates(NORTHSIDE)))
			.containsOnlyKeys(io.ardesk.codes.DenialCategory.AUTHORIZATION);
		WorkItem after = item("LR-21");
		assertThat(after.reasons())
			.contains("authorization denial, rarely recovered (10%, learned from 20 of the client's denials)");
		assertThat(after.score()).as("a rarely recovered denial ranks lower").isLessThan(before.score());
	}

	private WorkItem item(String claimNumber) {
		return asManager(() -> {
			this.queue.refresh(NORTHSIDE, true);
			return this.queue.clientQueue(NORTHSIDE, null, 1000)
				.stream()
				.filter((item) -> item.claimNumber().equals(claimNumber))
				.findFirst()
				.orElseThrow();
		});
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Chicago"));
	}

	private static <T> T asManager(java.util.function.Supplier<T> work) {
		return AsUser.call("manager", "ACCOUNT_MANAGER", work);
	}

}

package io.ardesk.review;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.aging.AgingBucket;
import io.ardesk.dashboards.LedgerFixture;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
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
 * The weekly review of Riverside Cardiology (aged by submission date) for ISO week
 * 2017-W11, Monday 03/13/2017 to Sunday 03/19/2017, against the week before (ended Sunday
 * 03/12/2017), when no other test has claims there.
 *
 * <pre>
 * WR-1 Review Health, sent 01/12/2017, 1,000.00: 59 days on 03/12 (31-60), 66 on 03/19 (61-90).
 * WR-2 Review Health, sent 01/10/2017,   400.00: 61 days on 03/12, 68 on 03/19 (61-90 both).
 * WR-3 Review Health, sent 12/15/2016, 2,000.00: 87 days on 03/12 (61-90), 94 on 03/19 (91-120).
 * WR-4 Review Health, sent 12/01/2016,   600.00: 101 days (91-120); paid 250.00 on 03/15 -> 350.00.
 * WR-5 Rising Mutual, sent 03/14/2017,   500.00: new in the week (0-30).
 * WR-6 Review Health, sent 02/20/2017,   300.00: 20 days on 03/12 (0-30); paid in full on 03/16.
 *
 * Bucket     03/12      03/19      change
 * 0-30      300.00     500.00     +200.00   (WR-6 | WR-5)
 * 31-60   1,000.00       0.00   -1,000.00   (WR-1)
 * 61-90   2,400.00   1,400.00   -1,000.00   (WR-2 + WR-3 | WR-1 + WR-2)
 * 91-120    600.00   2,350.00   +1,750.00   (WR-4 | WR-3 + WR-4 350.00)
 * 120+        0.00       0.00        0.00
 * total   4,300.00   4,250.00      -50.00
 *
 * Roll rates (rolled into the next bucket / last week's balance):
 * 0-30 -> 31-60:     0.00 /   300.00 =   0.0 %  (WR-6 was paid instead)
 * 31-60 -> 61-90: 1,000.00 / 1,000.00 = 100.0 %  (WR-1)
 * 61-90 -> 91-120: 2,000.00 / 2,400.00 = 83.3 %  (WR-3: one claim)
 * 91-120 -> 120+:    0.00 /   600.00 =   0.0 %
 * Payer trends: Rising Mutual's open A/R rose 0.00 -> 500.00; Review Health's fell
 * 4,300.00 -> 3,750.00, so it is not listed.
 * </pre>
 */
@ArdeskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeeklyReviewIntegrationTest extends IntegrationTestSupport {

	static final ClientId RIVERSIDE = ClientId.of("riverside-cardiology");

	static final String WEEK = "2017-W11";

	static final String REVIEWS = "/api/v1/clients/riverside-cardiology/reviews/";

	static final JsonMapper json = JsonMapper.builder()
		.enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	@Autowired
	WeeklyReviews reviews;

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
		LedgerFixture ledger = new LedgerFixture(RIVERSIDE, this.jdbc, this.transaction);
		long health = ledger.payer("wr-review-health", "Review Health");
		long mutual = ledger.payer("wr-rising-mutual", "Rising Mutual");
		ledger.claim("WR-1", health, d(2017, 1, 5), d(2017, 1, 12), "1000.00");
		ledger.claim("WR-2", health, d(2017, 1, 3), d(2017, 1, 10), "400.00");
		ledger.claim("WR-3", health, d(2016, 12, 10), d(2016, 12, 15), "2000.00");
		long wr4 = ledger.claim("WR-4", health, d(2016, 11, 28), d(2016, 12, 1), "600.00");
		ledger.post(wr4, "ADJUDICATION", d(2017, 3, 15), "250", "0", "0", "-250", "0", "0");
		ledger.claim("WR-5", mutual, d(2017, 3, 10), d(2017, 3, 14), "500.00");
		long wr6 = ledger.claim("WR-6", health, d(2017, 2, 15), d(2017, 2, 20), "300.00");
		ledger.post(wr6, "ADJUDICATION", d(2017, 3, 16), "300", "0", "0", "-300", "0", "0");
	}

	@Test
	void theReviewShowsTheWeeksAgingChangesAndRollRatesAsWorkedOutByHand() {
		WeeklyReview review = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.reviews.review(RIVERSIDE, ReportPeriod.week(WEEK)));
		AgingMovement aging = review.aging();
		assertThat(aging.lastWeekEnd()).isEqualTo(d(2017, 3, 12));
		assertThat(aging.weekEnd()).isEqualTo(d(2017, 3, 19));
		assertThat(aging.buckets())
			.extracting(BucketChange::label, (b) -> b.lastWeek().toPlainString(), (b) -> b.thisWeek().toPlainString(),
					(b) -> b.change().toPlainString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("0-30", "300.00", "500.00", "200.00"),
					org.assertj.core.groups.Tuple.tuple("31-60", "1000.00", "0.00", "-1000.00"),
					org.assertj.core.groups.Tuple.tuple("61-90", "2400.00", "1400.00", "-1000.00"),
					org.assertj.core.groups.Tuple.tuple("91-120", "600.00", "2350.00", "1750.00"),
					org.assertj.core.groups.Tuple.tuple("120+", "0.00", "0.00", "0.00"));
		assertThat(aging.totalLastWeek()).isEqualByComparingTo("4300.00");
		assertThat(aging.totalThisWeek()).isEqualByComparingTo("4250.00");
		assertThat(aging.totalChange()).isEqualByComparingTo("-50.00");
		assertThat(aging.rolls())
			.extracting((r) -> r.from(), (r) -> r.rolled().toPlainString(),
					(r) -> (r.percent() != null) ? r.percent().toPlainString() : null)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(AgingBucket.B0_30, "0.00", "0.0"),
					org.assertj.core.groups.Tuple.tuple(AgingBucket.B31_60, "1000.00", "100.0"),
					org.assertj.core.groups.Tuple.tuple(AgingBucket.B61_90, "2000.00", "83.3"),
					org.assertj.core.groups.Tuple.tuple(AgingBucket.B91_120, "0.00", "0.0"));
		assertThat(aging.roll60To90().percent()).isEqualByComparingTo("83.3");
		assertThat(aging.rolled60To90()).isEqualByComparingTo("2000.00");
		assertThat(aging.claimsRolled60To90()).isEqualTo(1);
		assertThat(review.payerTrends()).extracting(PayerTrend::payer).contains("Rising Mutual");
		assertThat(review.payerTrends()).extracting(PayerTrend::payer).doesNotContain("Review Health");
		PayerTrend mutual = review.payerTrends()
			.stream()
			.filter((t) -> t.payer().equals("Rising Mutual"))
			.findFirst()
			.orElseThrow();
		assertThat(mutual.openLastWeek()).isEqualByComparingTo("0.00");
		assertThat(mutual.openThisWeek()).isEqualByComparingTo("500.00");
	}

	@Test
	void theRestReviewServesTheSameFiguresWithMoneyInTwoDecimals() throws Exception {
		HttpResponse<String> response = this.api.get("manager", REVIEWS + WEEK);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode review = json.readTree(response.body());
		assertThat(review.path("week").asString()).isEqualTo(WEEK);
		assertThat(review.path("from").asString()).isEqualTo("2017-03-13");
		JsonNode buckets = review.path("aging").path("buckets");
		assertThat(buckets.get(3).path("label").asString()).isEqualTo("91-120");
		assertThat(buckets.get(3).path("change").decimalValue()).isEqualByComparingTo("1750.00");
		// Money as written on the wire: two decimals.
		assertThat(response.body())
			.contains("\"label\":\"91-120\",\"lastWeek\":600.00,\"thisWeek\":2350.00,\"change\":1750.00")
			.contains("\"totalChange\":-50.00")
			.contains("\"rolled\":2000.00,\"percent\":83.3");
	}

	@Test
	void anOpenActionItemIsCarriedToTheNextWeekUntilItIsDone() throws Exception {
		HttpResponse<String> created = post("manager", REVIEWS + "2017-W10/items",
				"{\"kind\":\"ACTION\",\"text\":\"Call Review Health about the 61-90 claims\","
						+ "\"ownerUserId\":\"specialist2\",\"due\":\"2017-03-17\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		long id = json.readTree(created.body()).path("id").asLong();
		HttpResponse<String> decision = post("manager", REVIEWS + "2017-W10/items",
				"{\"kind\":\"DECISION\",\"text\":\"Hold write-offs under 25.00\",\"ownerUserId\":\"manager\","
						+ "\"due\":\"2017-03-17\"}");
		assertThat(decision.statusCode()).isEqualTo(201);
		long decisionId = json.readTree(decision.body()).path("id").asLong();

		JsonNode carried = item(this.api.get("manager", REVIEWS + WEEK), id);
		assertThat(carried).as("the open action in week 11").isNotNull();
		assertThat(carried.path("carriedFrom").asString()).isEqualTo("2017-W10");
		assertThat(carried.path("owner").asString()).isEqualTo("specialist2");
		assertThat(item(this.api.get("manager", REVIEWS + WEEK), decisionId)).as("decisions stay in their week")
			.isNull();

		HttpResponse<String> stale = patch("specialist2", REVIEWS + WEEK + "/items/" + id,
				"{\"done\":true,\"version\":7}");
		assertThat(stale.statusCode()).isEqualTo(409);
		HttpResponse<String> done = patch("specialist2", REVIEWS + WEEK + "/items/" + id,
				"{\"done\":true,\"version\":" + carried.path("version").asLong() + "}");
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(json.readTree(done.body()).path("doneBy").asString()).isEqualTo("specialist2");

		assertThat(item(this.api.get("manager", REVIEWS + WEEK), id)).as("gone from week 11 once done").isNull();
		JsonNode own = item(this.api.get("manager", REVIEWS + "2017-W10"), id);
		assertThat(own.path("done").asBoolean()).isTrue();
		assertThat(own.path("carriedFrom").isNull()).isTrue();
	}

	@Test
	void viewersAreRefusedAndStaffReachOnlyTheirClientsAndItems() throws Exception {
		assertThat(this.api.get("viewer.riverside-cardiology", REVIEWS + WEEK).statusCode()).isEqualTo(403);
		assertThat(this.api.get("viewer.riverside-cardiology", "/api/v1/reviews?week=" + WEEK).statusCode())
			.isEqualTo(403);
		assertThat(post("viewer.riverside-cardiology", REVIEWS + WEEK + "/items",
				"{\"kind\":\"ACTION\",\"text\":\"x\",\"ownerUserId\":\"manager\",\"due\":\"2017-03-20\"}")
			.statusCode()).isEqualTo(403);
		// The service refuses a viewer too, not only the REST allow-list.
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> AsUser.call("viewer.riverside-cardiology",
				"CLIENT_VIEWER", () -> this.reviews.review(RIVERSIDE, ReportPeriod.week(WEEK)))))
			.isInstanceOf(io.ardesk.security.ClientAccessDeniedException.class);
		// "specialist" works Lakeview and Northside only.
		assertThat(this.api.get("specialist", REVIEWS + WEEK).statusCode()).isEqualTo(404);
		HttpResponse<String> created = post("manager", REVIEWS + "2017-W09/items",
				"{\"kind\":\"ACTION\",\"text\":\"Riverside only\",\"ownerUserId\":\"manager\",\"due\":\"2017-03-10\"}");
		long id = json.readTree(created.body()).path("id").asLong();
		assertThat(patch("manager", "/api/v1/clients/lakeview-ortho/reviews/2017-W09/items/" + id,
				"{\"done\":true,\"version\":0}")
			.statusCode()).as("another client's item").isEqualTo(404);
		assertThat(patch("specialist", REVIEWS + "2017-W09/items/" + id, "{\"done\":true,\"version\":0}").statusCode())
			.isEqualTo(404);
		assertThat(patch("manager", REVIEWS + "2017-W08/items/" + id, "{\"done\":true,\"version\":0}").statusCode())
			.as("an item is not shown in the weeks before it")
			.isEqualTo(404);

		JsonNode lines = json.readTree(this.api.get("specialist", "/api/v1/reviews?week=" + WEEK).body());
		List<String> clients = new ArrayList<>();
		lines.forEach((line) -> clients.add(line.path("clientId").asString()));
		assertThat(clients).containsExactlyInAnyOrder("lakeview-ortho", "northside-family");
		JsonNode all = json.readTree(this.api.get("manager", "/api/v1/reviews?week=" + WEEK).body());
		JsonNode riverside = null;
		for (JsonNode line : all) {
			if (line.path("clientId").asString().equals("riverside-cardiology")) {
				riverside = line;
			}
		}
		assertThat(all.size()).isEqualTo(3);
		assertThat(riverside.path("arChange").decimalValue()).isEqualByComparingTo("-50.00");
		assertThat(riverside.path("over90Change").decimalValue()).isEqualByComparingTo("1750.00");
		assertThat(riverside.path("rollRate60To90").decimalValue()).isEqualByComparingTo("83.3");
	}

	@Test
	void badInputIsRefusedNamingTheField() throws Exception {
		assertProblem(
				post("manager", REVIEWS + WEEK + "/items",
						"{\"kind\":\"ACTION\",\"text\":\"  \",\"ownerUserId\":\"manager\",\"due\":\"2017-03-20\"}"),
				422, "text");
		assertProblem(post("manager", REVIEWS + WEEK + "/items",
				"{\"kind\":\"ACTION\",\"text\":\"Ask\",\"ownerUserId\":\"viewer.riverside-cardiology\",\"due\":\"2017-03-20\"}"),
				422, "ownerUserId");
		assertProblem(
				post("manager", REVIEWS + WEEK + "/items",
						"{\"kind\":\"ACTION\",\"text\":\"Ask\",\"ownerUserId\":\"specialist\",\"due\":\"2017-03-20\"}"),
				422, "ownerUserId");
		assertProblem(
				post("manager", REVIEWS + WEEK + "/items",
						"{\"kind\":\"MAYBE\",\"text\":\"Ask\",\"ownerUserId\":\"manager\",\"due\":\"2017-03-20\"}"),
				422, "kind");
		assertProblem(
				post("manager", REVIEWS + WEEK + "/items",
						"{\"kind\":\"ACTION\",\"text\":\"Ask\",\"ownerUserId\":\"manager\",\"due\":\"03/20/2017\"}"),
				422, "due");
		assertProblem(post("manager", REVIEWS + WEEK + "/items", "{\"kind\":\"ACTION\",\"text\":\"" + "x".repeat(1001)
				+ "\",\"ownerUserId\":\"manager\",\"due\":\"2017-03-20\"}"), 422, "text");
		assertProblem(this.api.get("manager", REVIEWS + "2017-W99"), 400, "week");
		String current = ReportPeriod.ofWeek(LocalDate.now().plusDays(7)).key();
		assertProblem(this.api.get("manager", REVIEWS + current), 422, "week");
	}

	private void assertProblem(HttpResponse<String> response, int status, String field) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(json.readTree(response.body()).path("field").asString()).isEqualTo(field);
		assertThat(response.body()).doesNotContainIgnoringCase("sql").doesNotContain("Exception");
	}

	private static JsonNode item(HttpResponse<String> review, long id) {
		assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
		for (JsonNode item : json.readTree(review.body()).path("items")) {
			if (item.path("id").asLong() == id) {
				return item;
			}
		}
		return null;
	}

	private HttpResponse<String> post(String user, String path, String body) {
		return this.api.postJson(user, path, body);
	}

	private HttpResponse<String> patch(String user, String path, String body) {
		return this.api.send(user,
				HttpRequest.newBuilder(URI.create(this.api.baseUrl() + path))
					.header("Content-Type", "application/json")
					.method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
	}

	private static LocalDate d(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

}

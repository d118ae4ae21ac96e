package io.ardesk.portal.api;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import io.ardesk.worklist.ClaimNote;
import io.ardesk.worklist.ClaimWorkspace;
import io.ardesk.worklist.WorkQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad input found by trying the API as an attacker answers a 400 (or 404, 409, 422)
 * problem that names the field, with a human message and never any database or library
 * text; before, each of these answered 500 with a stack trace.
 */
@ArdeskIntegrationTest
class BadInputProblemsIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final String CLIENT = "/api/v1/clients/lakeview-ortho";

	static final JsonMapper json = JsonMapper.builder().build();

	/** What a database or library message looks like; none may reach a caller. */
	static final List<String> LEAKS = List.of("ERROR:", "violates", "character varying", "SQL", "org.", "java.",
			"Exception", "jdbc", "postgres", "at io.ardesk");

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@Autowired
	ClaimActions actions;

	@Autowired
	ClaimWorkspace workspace;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void api() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void aHugeMinimumAgeIsA400NamingMinAgeDays() {
		assertBadInput(get(CLIENT + "/worklist?minAgeDays=2147483647"), "minAgeDays");
		assertBadInput(get(CLIENT + "/worklist?maxAgeDays=-1"), "maxAgeDays");
		assertBadInput(get(CLIENT + "/worklist?minAgeDays=99999999999"), "minAgeDays");
	}

	@Test
	void aTamperedCursorIsA400NamingAfter() {
		assertBadInput(get(CLIENT + "/worklist?after=%00"), "after");
		assertBadInput(get(CLIENT + "/worklist?after=1e-999999999%7Cx"), "after");
		assertBadInput(get(CLIENT + "/worklist?after=12.50%7CA%00B"), "after");
		assertBadInput(get(CLIENT + "/claims?after=%00"), "after");
		HttpResponse<String> nulInPath = get(CLIENT + "/claims/A%00B");
		assertThat(nulInPath.statusCode()).as("a NUL in a path variable").isIn(400, 404);
		assertNoLeak(nulInPath);
		HttpResponse<String> longPath = get(CLIENT + "/claims/" + "9".repeat(2000) + "/notes");
		assertThat(longPath.statusCode()).as("a claim number no ledger holds").isEqualTo(404);
		assertNoLeak(longPath);
	}

	@Test
	void anAsOfDateOutOfRangeIsA400NamingAsOf() {
		assertBadInput(get(CLIENT + "/aging?asOf=-999999999-01-01"), "asOf");
		assertBadInput(get(CLIENT + "/aging.csv?asOf=%2B999999999-12-31"), "asOf");
		assertBadInput(get("/api/v1/aging?asOf=1899-12-31"), "asOf");
		assertBadInput(get(CLIENT + "/aging?asOf=tomorrow"), "asOf");
	}

	@Test
	void aFollowUpWithATooLongRepNameOrNoteIsA400NamingTheFieldAndNothingIsLogged() {
		seed("BILF", "300.00");
		String path = CLIENT + "/claims/BILF-1/follow-ups";
		LocalDate next = today().plusDays(3);

		assertBadInput(post(path, followUp("x".repeat(101), "REF-1", "ok", next)), "repName");
		assertBadInput(post(path, followUp("Ann", "REF-1", "n".repeat(4001), next)), "note");
		assertBadInput(post(path, followUp("Ann", "r".repeat(101), "ok", next)), "callReference");
		assertBadInput(post(path, "{\"channel\":\"CALL\",\"outcome\":\"IN_PROCESS\",\"callReference\":\"R\","
				+ "\"nextActionDate\":\"-999999999-01-01\"}"), "nextActionDate");
		assertBadInput(
				post(path,
						"{\"channel\":\"TELEPATHY\",\"outcome\":\"IN_PROCESS\",\"nextActionDate\":\"" + next + "\"}"),
				"channel");

		assertThat(AsUser.call("specialist", "AR_SPECIALIST", () -> this.workspace.state(LAKEVIEW, "BILF-1"))
			.orElseThrow()
			.followUps()).isEmpty();
		assertThat(post(path, followUp("x".repeat(100), "REF-1", "n".repeat(4000), next)).statusCode())
			.as("exactly at the limits")
			.isEqualTo(201);
	}

	@Test
	void aOneMegabyteDismissReasonIsA400NamingReason() {
		String reason = "r".repeat(1024 * 1024);

		assertBadInput(post(CLIENT + "/unmatched-payments/1/dismiss", "{\"reason\":\"" + reason + "\"}"), "reason");
		assertBadInput(post(CLIENT + "/unmatched-payments/1/match", "{\"claimNumber\":\"A\\u0000B\"}"), "claimNumber");
	}

	@Test
	void aFileNameOver255CharactersIsA400NamingTheFileNameAndNothingIsRecorded() {
		int before = history().size();
		byte[] file = X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("BIFN-1", "P", "1", "20260105", "100.00")
			.build(LAKEVIEW);

		HttpResponse<String> response = this.api.postFile("specialist", CLIENT + "/imports", "f".repeat(252) + ".837",
				file);

		assertBadInput(response, "fileName");
		assertThat(json.readTree(response.body()).get("detail").asString()).contains("file name");
		assertThat(history()).hasSize(before);
		assertThat(this.api.postFile("specialist", CLIENT + "/imports", "f".repeat(251) + ".837", file).statusCode())
			.as("255 characters")
			.isEqualTo(200);
	}

	@Test
	void concurrentEditsOfOneNoteAnswerOneNewVersionAndOtherwise409() throws Exception {
		seed("BINE", "250.00");
		ClaimNote note = AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.actions.addNote(LAKEVIEW, "BINE-1", "Called the payer", false));
		int editors = 6;
		ExecutorService pool = Executors.newFixedThreadPool(editors);
		List<Future<HttpResponse<String>>> edits = new ArrayList<>();
		for (int i = 0; i < editors; i++) {
			String text = "{\"text\":\"Edited by editor " + i + "\"}";
			Callable<HttpResponse<String>> edit = () -> post(CLIENT + "/notes/" + note.id() + "/versions", text);
			edits.add(pool.submit(edit));
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<HttpResponse<String>> edit : edits) {
			HttpResponse<String> response = edit.get();
			statuses.add(response.statusCode());
			assertNoLeak(response);
		}
		pool.shutdown();

		assertThat(statuses).containsOnly(201, 409);
		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
	}

	@Test
	void everyEndpointNamesTheFieldOfAValueOutOfRange() {
		seed("BISW", "180.00");
		assertBadInput(get(CLIENT + "/claims?limit=0"), "limit");
		assertBadInput(get(CLIENT + "/claims?limit=99999999999"), "limit");
		assertBadInput(get(CLIENT + "/claims?status=BOGUS"), "status");
		assertBadInput(get(CLIENT + "/claims?owedBy=NOBODY"), "owedBy");
		assertBadInput(get(CLIENT + "/worklist?status=BOGUS"), "status");
		assertBadInput(get(CLIENT + "/worklist?limit=501"), "limit");
		assertBadInput(get(CLIENT + "/worklist?dueBy=0001-01-01"), "dueBy");
		assertBadInput(get(CLIENT + "/aging.xlsx?groupBy=NOTHING"), "groupBy");
		assertBadInput(get(CLIENT + "/imports?limit=0"), "limit");
		assertBadInput(get(CLIENT + "/patient-accounts?letterDue=9"), "letterDue");
		assertBadInput(get(CLIENT + "/patient-accounts?limit=-5"), "limit");
		assertBadInput(get(CLIENT + "/document-requests?openOnly=perhaps"), "openOnly");
		String claim = CLIENT + "/claims/BISW-1";
		assertBadInput(
				post(claim + "/write-off-requests", "{\"from\":\"INSURANCE\",\"amount\":1e20,\"reason\":\"Too much\"}"),
				"amount");
		assertBadInput(post(claim + "/write-off-requests", "{\"from\":\"NOBODY\",\"amount\":1.00,\"reason\":\"Who\"}"),
				"from");
		assertBadInput(
				post(claim + "/write-off-requests", "{\"from\":\"INSURANCE\",\"amount\":1.005,\"reason\":\"x\"}"),
				"amount");
		assertBadInput(
				post(claim + "/transfers",
						"{\"direction\":\"TO_PATIENT\",\"amount\":5.00,\"reason\":\"" + "r".repeat(2001) + "\"}"),
				"reason");
		assertBadInput(post(claim + "/appeals", "{\"level\":99,\"reason\":\"Medical necessity\"}"), "level");
		assertBadInput(post(claim + "/document-requests", "{\"whatIsNeeded\":\"Records\",\"dueDate\":\"1800-01-01\"}"),
				"dueDate");
		assertBadInput(post(claim + "/notes", "{\"text\":\"" + "n".repeat(4001) + "\"}"), "text");
		assertBadInput(post(claim + "/notes", "{\"text\":"), "body");
		assertBadInput(post(claim + "/status", "{\"status\":\"NEW\",\"note\":\"" + "n".repeat(1001) + "\"}"), "note");
		assertBadInput(post(claim + "/status", "{\"status\":\"SLEEPING\"}"), "status");
		assertBadInput(post(CLIENT + "/write-off-requests/1/decision", "{\"note\":\"no decision\"}"), "approve");
		assertBadInput(post(CLIENT + "/patient-accounts/1/payments",
				"{\"amount\":10.00,\"paidOn\":\"-999999999-01-01\",\"reference\":\"CHK 1\"}"), "paidOn");
		assertBadInput(
				post(CLIENT + "/patient-accounts/1/payment-plans",
						"{\"installment\":10.00,\"frequencyDays\":100000,\"firstDue\":\"2026-01-01\"}"),
				"frequencyDays");
		assertBadInput(post(CLIENT + "/patient-accounts/1/collections", "{\"agency\":\"" + "a".repeat(201) + "\"}"),
				"agency");
	}

	@Test
	void anUnknownPathUnderTheApiIsA404ProblemNotThePortalPage() {
		HttpResponse<String> unknown = get("/api/v1/no-such-thing");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(unknown.body()).doesNotContain("<html").doesNotContain("<!doctype");
		assertThat(get(CLIENT + "/claims/X-1/nothing-here").statusCode()).isEqualTo(404);

		HttpResponse<String> wrongMethod = this.api.send("specialist",
				HttpRequest.newBuilder(URI.create(this.api.baseUrl() + CLIENT + "/claims")).DELETE());
		assertThat(wrongMethod.statusCode()).as("a known path keeps its 405").isEqualTo(405);
		assertNoLeak(wrongMethod);
	}

	@Test
	void unassignedAndUnknownClientsAnswerTheSame404() {
		HttpResponse<String> unassigned = get("/api/v1/clients/riverside-cardiology/claims");
		HttpResponse<String> unknown = get("/api/v1/clients/no-such-practice/claims");
		HttpResponse<String> malformed = get("/api/v1/clients/NOT%20A%20SLUG/claims");

		for (HttpResponse<String> response : List.of(unassigned, unknown, malformed)) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(json.readTree(response.body()).get("detail").asString()).isEqualTo("No such client.");
		}
		assertThat(post("/api/v1/clients/riverside-cardiology/claims/R-1/notes", "{\"text\":\"hello\"}").statusCode())
			.as("writing to an unassigned client")
			.isEqualTo(404);
		assertThat(this.api.get("specialist", "/api/v1/clients/riverside-cardiology").statusCode()).isEqualTo(404);
	}

	@Test
	void aClientViewerWritingToTheirOwnPracticeStillGets403() {
		seed("BIVW", "120.00");
		HttpResponse<String> response = this.api.send("viewer.lakeview-ortho",
				json(CLIENT + "/claims/BIVW-1/notes", "{\"text\":\"from the practice\"}"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertNoLeak(response);
	}

	private void seed(String prefix, String charge) {
		byte[] file = X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim(prefix + "-1", "P", "1", "20260105", charge)
			.build(LAKEVIEW);
		AsUser.run("admin", "FIRM_ADMIN", () -> {
			assertThat(this.imports.importFile(LAKEVIEW, prefix + ".837", file, ImportProgress.none()).status())
				.isEqualTo(ImportStatus.POSTED);
			this.queue.refresh(LAKEVIEW, true);
		});
	}

	private List<?> history() {
		return AsUser.call("specialist", "AR_SPECIALIST", () -> this.imports.history(LAKEVIEW, 500));
	}

	private static String followUp(String repName, String callReference, String note, LocalDate next) {
		return "{\"channel\":\"CALL\",\"outcome\":\"IN_PROCESS\",\"repName\":\"" + repName + "\",\"callReference\":\""
				+ callReference + "\",\"note\":\"" + note + "\",\"nextActionDate\":\"" + next + "\"}";
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Denver"));
	}

	private HttpResponse<String> get(String path) {
		return this.api.get("specialist", path);
	}

	private HttpResponse<String> post(String path, String body) {
		return this.api.send("specialist", json(path, body));
	}

	private HttpRequest.Builder json(String path, String body) {
		return HttpRequest.newBuilder(URI.create(this.api.baseUrl() + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	static void assertBadInput(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.uri() + ": " + abbreviate(response.body())).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("field").asString()).as(response.uri().toString()).isEqualTo(field);
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertNoLeak(response);
	}

	static void assertNoLeak(HttpResponse<String> response) {
		for (String leak : LEAKS) {
			assertThat(response.body()).as(response.uri() + " leaks \"" + leak + "\"").doesNotContain(leak);
		}
	}

	private static String abbreviate(String body) {
		return (body.length() <= 300) ? body : body.substring(0, 300) + "...";
	}

}

package io.ardesk.worklist;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The work queue on a real ledger: ownership, queue order, follow-ups taking claims out
 * of the queue, optimistic locking and who may do what, through the services and the REST
 * API. Each test uses its own claim numbers.
 */
@ArdeskIntegrationTest
class WorkQueueIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	static final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@Autowired
	ClaimWorkspace workspace;

	@Autowired
	ClaimLedger ledger;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void api() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void refreshGivesEveryOpenClaimASpecialistRoundRobinAndRanksTheQueue() {
		seed(NORTHSIDE, "RR", "120.00", "2400.00", "75.00", "9800.00");

		List<WorkItem> queue = asManager(() -> this.queue.clientQueue(NORTHSIDE, null, 500));

		List<WorkItem> mine = queue.stream().filter((item) -> item.claimNumber().startsWith("RR-")).toList();
		assertThat(mine).hasSize(4);
		assertThat(mine).extracting(WorkItem::owner).containsOnly("specialist", "specialist2");
		assertThat(mine.stream().map(WorkItem::owner).collect(Collectors.toSet()))
			.as("round robin uses both of the client's specialists")
			.hasSize(2);
		assertThat(queue).extracting(WorkItem::score).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(mine.getFirst().claimNumber()).as("the largest balance first").isEqualTo("RR-4");
		assertThat(mine.getFirst().reasons()).contains("$9,800.00 open", "high-value claim");
	}

	@Test
	void followUpWithAFutureNextActionTakesTheClaimOutOfTheQueueAndMyWork() {
		seed(LAKEVIEW, "FU", "640.00");
		assertThat(asSpecialist(() -> this.queue.myWork(500))).extracting(WorkItem::claimNumber).contains("FU-1");
		WorkspaceState state = asSpecialist(() -> this.workspace.state(LAKEVIEW, "FU-1")).orElseThrow();

		FollowUpRecord record = asSpecialist(() -> this.workspace.logFollowUp(LAKEVIEW, "FU-1",
				call("REF-777", "Pat at the payer", false, today().plusDays(7)), state.version()));

		assertThat(record.loggedBy()).isEqualTo("specialist");
		assertThat(asSpecialist(() -> this.queue.myWork(500))).extracting(WorkItem::claimNumber).doesNotContain("FU-1");
		assertThat(asSpecialist(() -> this.queue.clientQueue(LAKEVIEW, null, 500))).extracting(WorkItem::claimNumber)
			.doesNotContain("FU-1");
		WorkspaceState after = asSpecialist(() -> this.workspace.state(LAKEVIEW, "FU-1")).orElseThrow();
		assertThat(after.nextActionDate()).isEqualTo(today().plusDays(7));
		assertThat(after.version()).isGreaterThan(state.version());
		assertThat(after.followUps()).extracting(FollowUpRecord::callReference).containsExactly("REF-777");
	}

	@Test
	void aStaleVersionIsRefusedAndChangesNothing() {
		seed(LAKEVIEW, "OL", "310.00");
		long version = asSpecialist(() -> this.workspace.state(LAKEVIEW, "OL-1")).orElseThrow().version();
		asSpecialist(() -> this.workspace.logFollowUp(LAKEVIEW, "OL-1", call("REF-1", null, false, today().plusDays(3)),
				version));

		assertThatThrownBy(() -> asSpecialist(() -> this.workspace.logFollowUp(LAKEVIEW, "OL-1",
				call("REF-2", null, false, today().plusDays(20)), version)))
			.isInstanceOf(OptimisticLockingFailureException.class);

		WorkspaceState state = asSpecialist(() -> this.workspace.state(LAKEVIEW, "OL-1")).orElseThrow();
		assertThat(state.followUps()).extracting(FollowUpRecord::callReference).containsExactly("REF-1");
		assertThat(state.nextActionDate()).isEqualTo(today().plusDays(3));
	}

	@Test
	void viewersAndUnassignedSpecialistsMayNotWorkTheQueue() {
		seed(LAKEVIEW, "AC", "95.00");
		long version = asSpecialist(() -> this.workspace.state(LAKEVIEW, "AC-1")).orElseThrow().version();
		for (String[] user : new String[][] { { "viewer.lakeview-ortho", "CLIENT_VIEWER" },
				{ "specialist2", "AR_SPECIALIST" } }) {
			assertThatThrownBy(() -> AsUser.call(user[0], user[1],
					() -> this.workspace.logFollowUp(LAKEVIEW, "AC-1", call("REF-9", null, false, today().plusDays(1)),
							version)))
				.as(user[0] + " logging a follow-up")
				.isInstanceOf(ClientAccessDeniedException.class);
			assertThatThrownBy(
					() -> AsUser.call(user[0], user[1], () -> this.queue.assign(LAKEVIEW, List.of("AC-1"), user[0])))
				.as(user[0] + " assigning")
				.isInstanceOf(ClientAccessDeniedException.class);
			assertThatThrownBy(() -> AsUser.call(user[0], user[1], () -> this.queue.clientQueue(LAKEVIEW, null, 50)))
				.as(user[0] + " reading the client queue")
				.isInstanceOf(ClientAccessDeniedException.class);
		}
		assertThat(AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER", () -> this.queue.myWork(50))).isEmpty();

		String followUps = "/api/v1/clients/lakeview-ortho/claims/AC-1/follow-ups";
		String body = followUpJson("REF-9", today().plusDays(1), null, false);
		assertThat(post("viewer.lakeview-ortho", followUps, body).statusCode()).isEqualTo(403);
		assertThat(post("specialist2", followUps, body).statusCode()).as("unassigned: no such client").isEqualTo(404);
		assertThat(post(null, followUps, body).statusCode()).isEqualTo(401);
		assertThat(this.api.get("viewer.lakeview-ortho", "/api/v1/clients/lakeview-ortho/worklist").statusCode())
			.isEqualTo(403);
		assertThat(this.api.get("specialist2", "/api/v1/clients/lakeview-ortho/worklist").statusCode())
			.as("unassigned: no such client")
			.isEqualTo(404);
		assertThat(this.api.get(null, "/api/v1/clients/lakeview-ortho/worklist").statusCode()).isEqualTo(401);
	}

	@Test
	void worklistJsonListsTheQueueInOrderWithReasonsAndDeadlines() throws Exception {
		seed(LAKEVIEW, "WJ", "1234.50", "20.00");

		HttpResponse<String> response = this.api.get("specialist", "/api/v1/clients/lakeview-ortho/worklist?limit=500");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode items = json.readTree(response.body());
		assertThat(items.isArray()).isTrue();
		JsonNode first = null;
		double previous = Double.MAX_VALUE;
		for (JsonNode item : items) {
			assertThat(item.get("score").decimalValue().doubleValue()).isLessThanOrEqualTo(previous);
			previous = item.get("score").decimalValue().doubleValue();
			if (item.get("claimNumber").asString().equals("WJ-1")) {
				first = item;
			}
		}
		assertThat(first).as("WJ-1 in the worklist").isNotNull();
		assertThat(first.get("balance").decimalValue()).isEqualByComparingTo("1234.50");
		assertThat(first.get("balance").toString()).isEqualTo("1234.50");
		assertThat(first.get("score").toString()).matches("\\d+\\.\\d{2}");
		assertThat(first.get("owner").asString()).isEqualTo("specialist");
		assertThat(first.get("reasons").isArray()).isTrue();
		assertThat(first.get("reasons").get(0).asString()).isEqualTo("$1,234.50 open");
		assertThat(first.get("ageDays").asLong()).isPositive();
		assertThat(first.get("nextActionDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		// The test claims are commercial, served 40 days ago: timely filing is ahead.
		JsonNode deadline = first.get("deadline");
		assertThat(deadline.get("kind").asString()).isEqualTo("TIMELY_FILING");
		assertThat(deadline.get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(deadline.get("daysLeft").asLong()).isPositive();

		JsonNode unassigned = json
			.readTree(this.api.get("specialist", "/api/v1/clients/lakeview-ortho/worklist?owner=").body());
		assertThat(unassigned.isArray()).isTrue();
		assertThat(unassigned.size()).as("lakeview's only specialist owns everything").isZero();
	}

	@Test
	void postedFollowUpIsInTheClaimHistoryWithWhoAndTheCallReference() throws Exception {
		seed(LAKEVIEW, "RP", "415.00");
		String path = "/api/v1/clients/lakeview-ortho/claims/RP-1/follow-ups";

		assertThat(post("specialist", path, followUpJson("", today().plusDays(5), null, false)).statusCode())
			.as("a call without reference number")
			.isEqualTo(400);
		assertThat(post("specialist", path, followUpJson("REF-1", today().minusDays(1), null, false)).statusCode())
			.as("a next action in the past")
			.isEqualTo(400);
		assertThat(post("specialist", "/api/v1/clients/lakeview-ortho/claims/NOPE-1/follow-ups",
				followUpJson("REF-1", today().plusDays(5), null, false))
			.statusCode()).isEqualTo(404);

		HttpResponse<String> created = post("specialist", path,
				followUpJson("REF-API-1", today().plusDays(5), null, false));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode record = json.readTree(created.body());
		assertThat(record.get("callReference").asString()).isEqualTo("REF-API-1");
		assertThat(record.get("loggedBy").asString()).isEqualTo("specialist");
		ClaimDetail claim = asSpecialist(() -> this.ledger.claim(LAKEVIEW, "RP-1")).orElseThrow();
		assertThat(claim.history()).anySatisfy((entry) -> {
			assertThat(entry.actor()).isEqualTo("specialist");
			assertThat(entry.description()).contains("REF-API-1");
		});
		JsonNode listed = json.readTree(this.api.get("specialist", path).body());
		assertThat(listed.get(0).get("callReference").asString()).isEqualTo("REF-API-1");

		assertThat(post("specialist", path, followUpJson("REF-API-2", today().plusDays(9), 0L, false)).statusCode())
			.as("a stale expectedVersion")
			.isEqualTo(409);
	}

	@Test
	void viewersNeverSeeInternalFollowUps() throws Exception {
		seed(LAKEVIEW, "IN", "520.00");
		long version = asSpecialist(() -> this.workspace.state(LAKEVIEW, "IN-1")).orElseThrow().version();
		asSpecialist(() -> this.workspace.logFollowUp(LAKEVIEW, "IN-1", new FollowUpEntry(FollowUpChannel.CALL, "Lee",
				"REF-INT", FollowUpOutcome.DENIED, "SECRET strategy", true, today().plusDays(2)), version));

		WorkspaceState staff = asSpecialist(() -> this.workspace.state(LAKEVIEW, "IN-1")).orElseThrow();
		WorkspaceState viewer = AsUser
			.call("viewer.lakeview-ortho", "CLIENT_VIEWER", () -> this.workspace.state(LAKEVIEW, "IN-1"))
			.orElseThrow();
		ClaimDetail viewerClaim = AsUser
			.call("viewer.lakeview-ortho", "CLIENT_VIEWER", () -> this.ledger.claim(LAKEVIEW, "IN-1"))
			.orElseThrow();

		assertThat(staff.followUps()).extracting(FollowUpRecord::note).containsExactly("SECRET strategy");
		assertThat(viewer.followUps()).isEmpty();
		assertThat(viewerClaim.history()).noneMatch((entry) -> entry.description().contains("SECRET"));
		assertThat(
				this.api.get("viewer.lakeview-ortho", "/api/v1/clients/lakeview-ortho/claims/IN-1/follow-ups").body())
			.doesNotContain("SECRET")
			.doesNotContain("REF-INT");
	}

	@Test
	void workspaceReloadsWithAClearMessageWhenSomeoneElseSavedFirst() {
		seed(LAKEVIEW, "CF", "275.00");
		try {
			BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
			UI.getCurrent().navigate("workspace/CF-1");
			// A colleague logs a call while this page is open.
			long version = asSpecialist(() -> this.workspace.state(LAKEVIEW, "CF-1")).orElseThrow().version();
			asSpecialist(() -> this.workspace.logFollowUp(LAKEVIEW, "CF-1",
					call("REF-FIRST", null, false, today().plusDays(4)), version));

			_setValue(_get(TextField.class, (spec) -> spec.withId("follow-up-reference")), "REF-SECOND");
			_click(_get(Button.class, (spec) -> spec.withId("save-follow-up")));

			assertThat(_get(Div.class, (spec) -> spec.withId("follow-up-error")).getText())
				.isEqualTo("Someone else worked on this claim in the meantime — reloaded");
			assertThat(_get(VerticalLayout.class, (spec) -> spec.withId("timeline")).getElement().getTextRecursively())
				.as("the reloaded timeline shows the colleague's call")
				.contains("REF-FIRST");
			assertThat(asSpecialist(() -> this.workspace.state(LAKEVIEW, "CF-1")).orElseThrow().followUps())
				.extracting(FollowUpRecord::callReference)
				.containsExactly("REF-FIRST");
		}
		finally {
			BrowserlessUi.close();
		}
	}

	@Test
	void viewersAreRefusedTheWorkspaceAndSeeTheClaimPageInstead() {
		seed(LAKEVIEW, "RO", "330.00");
		try {
			BrowserlessUi.openAs(this.context, "viewer.lakeview-ortho", "CLIENT_VIEWER");
			// The workspace is the firm's call sheet (issue 13): the practice reads the
			// claim
			// page.
			assertThatThrownBy(() -> UI.getCurrent().navigate("workspace/RO-1"))
				.isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
			UI.getCurrent().navigate("claims/RO-1");
			_assertNone(Button.class, (spec) -> spec.withId("save-follow-up"));
		}
		finally {
			BrowserlessUi.close();
		}
	}

	/**
	 * One claim file with a claim per charge ({@code prefix-1}...), then a full rescore.
	 */
	private void seed(ClientId client, String prefix, String... charges) {
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1");
		for (int i = 0; i < charges.length; i++) {
			// Forty days ago: timely filing is still ahead, so the claims are in the live
			// list.
			file.claim(prefix + "-" + (i + 1), "P", "1",
					today().minusDays(40).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), charges[i]);
		}
		AsUser.run("admin", "FIRM_ADMIN", () -> {
			assertThat(this.imports.importFile(client, prefix + ".837", file.build(client), ImportProgress.none())
				.status()).isEqualTo(ImportStatus.POSTED);
			this.queue.refresh(client, true);
		});
	}

	private static FollowUpEntry call(String reference, String rep, boolean internal, LocalDate next) {
		return new FollowUpEntry(FollowUpChannel.CALL, rep, reference, FollowUpOutcome.IN_PROCESS, "Checked status",
				internal, next);
	}

	private static String followUpJson(String reference, LocalDate next, Long expectedVersion, boolean internal) {
		return "{\"channel\":\"CALL\",\"repName\":\"Pat\",\"callReference\":\"" + reference
				+ "\",\"outcome\":\"IN_PROCESS\",\"note\":\"Reprocessing\",\"internal\":" + internal
				+ ",\"nextActionDate\":\"" + next + "\""
				+ ((expectedVersion != null) ? ",\"expectedVersion\":" + expectedVersion : "") + "}";
	}

	private HttpResponse<String> post(String user, String path, String body) {
		return this.api.send(user,
				HttpRequest.newBuilder(URI.create(this.api.baseUrl() + path))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Lakeview's "today": the services date next actions in the client's time zone. */
	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Denver"));
	}

	private static <T> T asSpecialist(java.util.function.Supplier<T> work) {
		return AsUser.call("specialist", "AR_SPECIALIST", work);
	}

	private static <T> T asManager(java.util.function.Supplier<T> work) {
		return AsUser.call("manager", "ACCOUNT_MANAGER", work);
	}

}

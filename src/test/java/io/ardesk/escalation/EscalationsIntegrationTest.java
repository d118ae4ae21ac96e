package io.ardesk.escalation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;

import io.ardesk.escalation.internal.EscalationJobs;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.notifications.Notification;
import io.ardesk.notifications.NotificationKind;
import io.ardesk.notifications.Notifications;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.MovableClock;
import io.ardesk.test.X12Builder;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Client escalations (issue 10): the practice flags a claim, the SLA ladder climbs in the
 * firm's business time (08:00-18:00 New York, Monday to Friday, Thanksgiving 11/26/2026 a
 * holiday) from the account manager to the firm administrator, and only the practice's
 * own viewers and the client's staff may act. Each test uses its own claim numbers.
 */
@ArdeskIntegrationTest
@Import(MovableClock.Config.class)
class EscalationsIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final ClientId RIVERSIDE = ClientId.of("riverside-cardiology");

	static final ZoneId FIRM = ZoneId.of("America/New_York");

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	Escalations escalations;

	@Autowired
	EscalationJobs jobs;

	@Autowired
	Notifications notifications;

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@Autowired
	MovableClock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anUnacknowledgedEscalationClimbsToTheManagerAtTheDeadlineAndToTheAdministratorAtTwiceItInBusinessTime() {
		// Wednesday before Thanksgiving, 4 pm: Lakeview acknowledges within 8 business
		// hours: 2 on Wednesday, none on the holiday, 6 on Friday: Friday 2 pm. Twice the
		// window: Friday's remaining 4, then Monday 8 am + 4 = Monday noon.
		moveTo(ZonedDateTime.of(2026, 11, 25, 16, 0, 0, 0, FIRM));
		seed(LAKEVIEW, "ESCL", "900.00");
		Escalation raised = viewer(LAKEVIEW,
				() -> this.escalations.raise(LAKEVIEW, "ESCL-1", EscalationReason.PATIENT_COMPLAINT, "Patient called"));

		assertThat(raised.status()).isEqualTo(EscalationStatus.OPEN);
		assertThat(raised.acknowledgeBy()).isBetween(at(2026, 11, 27, 14, 0), at(2026, 11, 27, 14, 0).plusSeconds(5));
		// 3 business days of 10 hours: Wednesday 2 h, Friday 10 h, Monday 10 h, Tuesday 8
		// h.
		assertThat(raised.resolveBy()).isBetween(at(2026, 12, 1, 16, 0), at(2026, 12, 1, 16, 0).plusSeconds(5));

		moveTo(ZonedDateTime.of(2026, 11, 27, 13, 59, 0, 0, FIRM));
		this.jobs.watch(LAKEVIEW.value());
		assertThat(overdue("manager", raised.id())).as("before the deadline nobody hears").isEmpty();

		moveTo(ZonedDateTime.of(2026, 11, 27, 14, 1, 0, 0, FIRM));
		this.jobs.watch(LAKEVIEW.value());
		this.jobs.watch(LAKEVIEW.value());
		assertThat(overdue("manager", raised.id())).singleElement()
			.satisfies((n) -> assertThat(n.title()).contains("ESCL-1", "Lakeview Orthopedics",
					"not acknowledged in time"));
		assertThat(overdue("admin", raised.id())).as("the administrator only at twice the window").isEmpty();

		moveTo(ZonedDateTime.of(2026, 11, 30, 11, 59, 0, 0, FIRM));
		this.jobs.watch(LAKEVIEW.value());
		assertThat(overdue("admin", raised.id())).isEmpty();

		moveTo(ZonedDateTime.of(2026, 11, 30, 12, 1, 0, 0, FIRM));
		this.jobs.watch(LAKEVIEW.value());
		this.jobs.watch(LAKEVIEW.value());
		assertThat(overdue("admin", raised.id())).singleElement()
			.satisfies((n) -> assertThat(n.title()).contains("not acknowledged in twice the time"));
		assertThat(overdue("manager", raised.id())).as("the manager is not told twice").hasSize(1);
		assertThat(staff(() -> this.escalations.get(LAKEVIEW, raised.id())).ladderStep())
			.isEqualTo(LadderStep.ACKNOWLEDGE_TWICE_LATE);
	}

	@Test
	void anEscalationAcknowledgedInTimeClimbsNowhere() {
		moveTo(ZonedDateTime.of(2026, 11, 25, 16, 0, 0, 0, FIRM));
		seed(LAKEVIEW, "ESCA", "700.00");
		Escalation raised = viewer(LAKEVIEW,
				() -> this.escalations.raise(LAKEVIEW, "ESCA-1", EscalationReason.AGING, null));
		moveTo(ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, FIRM));
		Escalation acknowledged = AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.escalations.acknowledge(LAKEVIEW, raised.id(), "Calling the payer today"));
		assertThat(acknowledged.status()).isEqualTo(EscalationStatus.ACKNOWLEDGED);

		moveTo(ZonedDateTime.of(2026, 11, 30, 17, 0, 0, 0, FIRM));
		this.jobs.watch(LAKEVIEW.value());

		assertThat(overdue("manager", raised.id())).isEmpty();
		assertThat(overdue("admin", raised.id())).isEmpty();
	}

	@Test
	void aFlaggedClaimShowsInItsOwnersQueueWithTheClientsReasonUntilResolved() {
		seed(LAKEVIEW, "ESCQ", "120.00", "48000.00");
		Escalation raised = viewer(LAKEVIEW,
				() -> this.escalations.raise(LAKEVIEW, "ESCQ-1", EscalationReason.HIGH_DOLLAR, null));
		String owner = staff(() -> this.queue.clientQueue(LAKEVIEW, null, 5000)).stream()
			.filter((item) -> item.claimNumber().equals("ESCQ-1"))
			.findFirst()
			.map(WorkItem::owner)
			.orElseThrow();

		List<WorkItem> ownersQueue = staff(() -> this.queue.clientQueue(LAKEVIEW, owner, 5000));
		WorkItem flagged = ownersQueue.stream()
			.filter((i) -> i.claimNumber().equals("ESCQ-1"))
			.findFirst()
			.orElseThrow();
		assertThat(flagged.reasons()).contains("flagged by the client");

		staff(() -> this.escalations.resolve(LAKEVIEW, raised.id(), "Payer reprocessed the claim", null));
		WorkItem after = staff(() -> this.queue.clientQueue(LAKEVIEW, owner, 5000)).stream()
			.filter((i) -> i.claimNumber().equals("ESCQ-1"))
			.findFirst()
			.orElseThrow();
		assertThat(after.reasons()).doesNotContain("flagged by the client");
	}

	@Test
	void aViewerFlagsOnlyTheirOwnPracticesClaimsAndDoesNothingElse() throws Exception {
		seed(LAKEVIEW, "ESCV", "300.00");
		seed(RIVERSIDE, "ESCR", "300.00");
		ApiClient api = new ApiClient(this.port);

		HttpResponse<String> flagged = post(api, "viewer.lakeview-ortho",
				"/api/v1/clients/lakeview-ortho/claims/ESCV-1/escalations",
				"{\"reason\": \"PAYER_ISSUE\", \"comment\": \"Payer keeps asking for records\"}");
		assertThat(flagged.statusCode()).isEqualTo(201);
		JsonNode body = json.readTree(flagged.body());
		long id = body.get("id").asLong();
		assertThat(body.get("status").asString()).isEqualTo("OPEN");
		assertThat(body.get("raisedBy").asString()).isEqualTo("viewer.lakeview-ortho");
		assertThat(body.has("acknowledgeBy")).isTrue();

		assertThat(post(api, "viewer.lakeview-ortho", "/api/v1/clients/riverside-cardiology/claims/ESCR-1/escalations",
				"{\"reason\": \"AGING\"}")
			.statusCode()).as("another practice").isEqualTo(404);
		assertThat(post(api, "viewer.lakeview-ortho",
				"/api/v1/clients/lakeview-ortho/escalations/" + id + "/acknowledge", "{}")
			.statusCode()).as("a viewer acknowledging").isEqualTo(403);
		assertThat(post(api, "viewer.lakeview-ortho", "/api/v1/clients/lakeview-ortho/escalations/" + id + "/resolve",
				"{\"note\": \"done\"}")
			.statusCode()).as("a viewer resolving").isEqualTo(403);
		assertThat(post(api, "viewer.lakeview-ortho", "/api/v1/clients/lakeview-ortho/claims/ESCV-1/notes",
				"{\"text\": \"sneaky\", \"internal\": false}")
			.statusCode()).as("a viewer writing anything else").isEqualTo(403);
		assertThatThrownBy(() -> AsUser.run("viewer.lakeview-ortho", "CLIENT_VIEWER",
				() -> this.escalations.startWork(LAKEVIEW, id, null)))
			.isInstanceOf(ClientAccessDeniedException.class);

		HttpResponse<String> second = post(api, "viewer.lakeview-ortho",
				"/api/v1/clients/lakeview-ortho/claims/ESCV-1/escalations", "{\"reason\": \"OTHER\"}");
		assertThat(second.statusCode()).as("one open escalation per claim").isEqualTo(409);
		HttpResponse<String> badReason = post(api, "viewer.lakeview-ortho",
				"/api/v1/clients/lakeview-ortho/claims/ESCV-1/escalations", "{\"reason\": \"ANGRY\"}");
		assertThat(badReason.statusCode()).isEqualTo(400);
		assertThat(badReason.body()).contains("\"field\":\"reason\"");
		assertThat(post(api, "viewer.lakeview-ortho", "/api/v1/clients/lakeview-ortho/claims/NO-SUCH/escalations",
				"{\"reason\": \"OTHER\"}")
			.statusCode()).isEqualTo(404);

		// The internal note stays with the firm.
		assertThat(post(api, "manager", "/api/v1/clients/lakeview-ortho/escalations/" + id + "/acknowledge",
				"{\"internalNote\": \"Practice is upset, handle first\"}")
			.statusCode()).isEqualTo(200);
		HttpResponse<String> asViewer = api.get("viewer.lakeview-ortho", "/api/v1/clients/lakeview-ortho/escalations");
		assertThat(asViewer.statusCode()).isEqualTo(200);
		assertThat(asViewer.body()).contains("ESCV-1")
			.doesNotContain("Practice is upset")
			.doesNotContain("internalNote");
		assertThat(api.get("manager", "/api/v1/clients/lakeview-ortho/escalations").body())
			.contains("Practice is upset");
		assertThat(api.get("viewer.lakeview-ortho", "/api/v1/clients/riverside-cardiology/escalations").statusCode())
			.isEqualTo(404);
	}

	@Test
	void anUnassignedSpecialistCannotAcknowledgeButAnAssignedOneCan() throws Exception {
		seed(RIVERSIDE, "ESCU", "300.00");
		ApiClient api = new ApiClient(this.port);
		HttpResponse<String> flagged = post(api, "viewer.riverside-cardiology",
				"/api/v1/clients/riverside-cardiology/claims/ESCU-1/escalations", "{\"reason\": \"AGING\"}");
		assertThat(flagged.statusCode()).isEqualTo(201);
		long id = json.readTree(flagged.body()).get("id").asLong();

		// "specialist" works Lakeview and Northside, not Riverside.
		assertThat(
				post(api, "specialist", "/api/v1/clients/riverside-cardiology/escalations/" + id + "/acknowledge", "{}")
					.statusCode())
			.isEqualTo(404);
		assertThat(staff(() -> this.escalations.get(RIVERSIDE, id)).status()).isEqualTo(EscalationStatus.OPEN);

		HttpResponse<String> acknowledged = post(api, "specialist2",
				"/api/v1/clients/riverside-cardiology/escalations/" + id + "/acknowledge", "{}");
		assertThat(acknowledged.statusCode()).isEqualTo(200);
		assertThat(json.readTree(acknowledged.body()).get("acknowledgedBy").asString()).isEqualTo("specialist2");
		HttpResponse<String> practice = api.get("viewer.riverside-cardiology",
				"/api/v1/clients/riverside-cardiology/escalations/" + id);
		assertThat(json.readTree(practice.body()).get("acknowledgedBy").asString()).as("the practice sees the firm")
			.isEqualTo("Billing firm");
		assertThat(practice.body()).doesNotContain("specialist2");
		assertThat(post(api, "specialist2", "/api/v1/clients/riverside-cardiology/escalations/" + id + "/acknowledge",
				"{}")
			.statusCode()).as("twice").isEqualTo(409);
		HttpResponse<String> noNote = post(api, "specialist2",
				"/api/v1/clients/riverside-cardiology/escalations/" + id + "/resolve", "{}");
		assertThat(noNote.statusCode()).isEqualTo(400);
		assertThat(noNote.body()).contains("\"field\":\"note\"");
		HttpResponse<String> resolved = post(api, "specialist2",
				"/api/v1/clients/riverside-cardiology/escalations/" + id + "/resolve",
				"{\"note\": \"Corrected claim sent; payment expected in 14 days\"}");
		assertThat(resolved.statusCode()).isEqualTo(200);
		JsonNode done = json.readTree(resolved.body());
		assertThat(done.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(done.get("resolution").asString()).contains("Corrected claim sent");
	}

	private List<Notification> overdue(String user, long escalationId) {
		String role = user.equals("admin") ? "FIRM_ADMIN" : "ACCOUNT_MANAGER";
		return AsUser.call(user, role, () -> this.notifications.mine(false, 500))
			.stream()
			.filter((n) -> n.kind() == NotificationKind.ESCALATION_OVERDUE)
			.filter((n) -> Long.valueOf(escalationId).equals(n.escalationId()))
			.toList();
	}

	@Autowired
	io.ardesk.dashboards.EscalationTimes times;

	@Test
	void anEscalationNobodyAcknowledgedCountsInTheSlaWithTheHoursItHasWaited() {
		// March 2027, a month no other test raises escalations in. Monday 9 am to
		// Wednesday
		// 9 am in business hours (08:00-18:00): Monday 9, Tuesday 10, Wednesday 1 = 20 h.
		java.time.LocalDate from = java.time.LocalDate.of(2027, 3, 1);
		java.time.LocalDate to = java.time.LocalDate.of(2027, 3, 31);
		moveTo(ZonedDateTime.of(2027, 3, 8, 9, 0, 0, 0, FIRM));
		seed(RIVERSIDE, "ESCW", "700.00");
		Escalation raised = viewer(RIVERSIDE,
				() -> this.escalations.raise(RIVERSIDE, "ESCW-1", EscalationReason.HIGH_DOLLAR, "Large balance"));
		moveTo(ZonedDateTime.of(2027, 3, 10, 9, 0, 0, 0, FIRM));
		assertThat(staff(() -> this.times.medianAcknowledgeHours(RIVERSIDE, from, to)))
			.as("waiting 20 business hours, not acknowledged")
			.contains(new java.math.BigDecimal("20.0"));
		assertThat(staff(() -> this.times.medianResolveDays(RIVERSIDE, from, to))).as("open for 2 business days")
			.contains(new java.math.BigDecimal("2.0"));

		staff(() -> this.escalations.acknowledge(RIVERSIDE, raised.id(), null));
		moveTo(ZonedDateTime.of(2027, 3, 12, 9, 0, 0, 0, FIRM));
		assertThat(staff(() -> this.times.medianAcknowledgeHours(RIVERSIDE, from, to)))
			.as("acknowledged after 20 business hours, no longer growing")
			.contains(new java.math.BigDecimal("20.0"));
	}

	private void moveTo(ZonedDateTime target) {
		this.clock.advance(Duration.between(this.clock.instant(), target.toInstant()));
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, FIRM).toInstant();
	}

	private void seed(ClientId client, String prefix, String... charges) {
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1");
		for (int i = 0; i < charges.length; i++) {
			// Served a month ago: in the live queue, its filing deadline still ahead.
			file.claim(prefix + "-" + (i + 1), "P", "1", java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(
					java.time.LocalDate.now(this.clock.withZone(java.time.ZoneId.of("America/Denver"))).minusDays(30)),
					charges[i]);
		}
		AsUser.run("admin", "FIRM_ADMIN", () -> assertThat(
				this.imports.importFile(client, prefix + ".837", file.build(client), ImportProgress.none()).status())
			.isEqualTo(ImportStatus.POSTED));
	}

	private static HttpResponse<String> post(ApiClient api, String user, String path, String body) {
		return api.send(user,
				HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static <T> T viewer(ClientId client, Supplier<T> work) {
		return AsUser.call("viewer." + client.value(), "CLIENT_VIEWER", work);
	}

	private static <T> T staff(Supplier<T> work) {
		return AsUser.call("admin", "FIRM_ADMIN", work);
	}

}

package io.ardesk.worklist;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.SystemActor;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.MovableClock;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The queue tells the truth and moves forward: true totals beyond any page, claims that
 * can still be saved before dead ones, every outcome and action moving the claim on
 * (status, next action, cadence) in the same transaction, the call sheet without internal
 * fields for viewers, high-value flags, no-response entries and client flags. Each test
 * uses its own claim numbers and narrows the queue to them by search.
 */
@ArdeskIntegrationTest
@Import(MovableClock.Config.class)
class WorkQueueTruthIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@Autowired
	ClaimWorkspace workspace;

	@Autowired
	ClaimActions actions;

	@Autowired
	HighValueFlags highValue;

	@Autowired
	QueueSignals signals;

	@Autowired
	SavedFilters saved;

	@Autowired
	MovableClock clock;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void api() {
		this.api = new ApiClient(this.port);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aLiveDeadlineBeatsADeadClaimWithAHigherBalanceAndTheGracePeriodStillCounts() {
		importClaims(X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("OR-LIVE", "P", "1", served(175), "200.00")
			.claim("OR-DEAD", "P", "1", served(240), "9000.00")
			.claim("OR-GRACE", "P", "1", served(183), "300.00"));

		List<WorkItem> live = asSpecialist(() -> this.queue.page(LAKEVIEW, search("OR-"), 0, 50)).items();
		List<WorkItem> missed = asSpecialist(
				() -> this.queue.page(LAKEVIEW, search("OR-").withView(QueueView.DEADLINE_MISSED), 0, 50))
			.items();

		assertThat(live).extracting(WorkItem::claimNumber).containsExactlyInAnyOrder("OR-LIVE", "OR-GRACE");
		WorkItem alive = item(live, "OR-LIVE");
		WorkItem grace = item(live, "OR-GRACE");
		assertThat(alive.deadline().daysLeft()).isEqualTo(5);
		assertThat(grace.deadline().daysLeft()).as("passed 3 days ago, inside the 7-day grace").isEqualTo(-3);
		assertThat(grace.reasons()).anyMatch((reason) -> reason.contains("within the 7-day grace period"));
		assertThat(missed).extracting(WorkItem::claimNumber).containsExactly("OR-DEAD");
		WorkItem dead = missed.getFirst();
		assertThat(dead.deadline().daysLeft()).isEqualTo(-60);
		assertThat(dead.reasons().getFirst()).startsWith("deadline missed: timely filing deadline passed 60 days ago");
		assertThat(alive.score()).as("live in 5 days beats dead with a higher balance").isGreaterThan(dead.score());
		assertThat(dead.score()).isNegative();

		QueueFilter within = new QueueFilter(null, null, null, null, null, null, null, null, null, QueueView.LIVE, null,
				14, "OR-");
		assertThat(asSpecialist(() -> this.queue.page(LAKEVIEW, within, 0, 50)).items())
			.as("'deadline within 14 days' means ahead, never passed")
			.extracting(WorkItem::claimNumber)
			.containsExactly("OR-LIVE");
	}

	@Test
	void countsAndTotalsCoverTheWholeFilterBeyondTwoHundredInTheServiceAndTheApi() throws Exception {
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1");
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < 230; i++) {
			BigDecimal charge = new BigDecimal("10.00").add(BigDecimal.valueOf(i, 2));
			total = total.add(charge);
			file.claim("CT-" + i, "P", "1", served(40), charge.toPlainString());
		}
		importClaims(file);

		QueuePage first = asSpecialist(() -> this.queue.myWork(search("CT-"), 0, 50));
		QueuePage last = asSpecialist(() -> this.queue.myWork(search("CT-"), 200, 50));

		assertThat(first.items()).hasSize(50);
		assertThat(first.totalCount()).isEqualTo(230);
		assertThat(first.totalBalance()).isEqualByComparingTo(total);
		assertThat(last.items()).hasSize(30);
		assertThat(last.totalCount()).isEqualTo(230);

		HttpResponse<String> page = this.api.get("specialist",
				"/api/v1/clients/lakeview-ortho/worklist?q=CT-&limit=50");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(json.readTree(page.body()).size()).isEqualTo(50);
		assertThat(page.headers().firstValue("X-Total-Count")).hasValue("230");
		assertThat(page.headers().firstValue("X-Total-Balance")).hasValue(total.setScale(2).toPlainString());
		HttpResponse<String> mine = this.api.get("specialist", "/api/v1/me/work?q=CT-&offset=200&limit=50");
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(json.readTree(mine.body()).size()).isEqualTo(30);
		assertThat(mine.headers().firstValue("X-Total-Count")).hasValue("230");
		assertThat(mine.headers().firstValue("X-Total-Balance")).hasValue(total.setScale(2).toPlainString());

		HttpResponse<String> csv = this.api.get("specialist", "/api/v1/clients/lakeview-ortho/worklist.csv?q=CT-");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> type.startsWith("text/csv"));
		assertThat(csv.body().lines().count()).as("a header and every matching claim").isEqualTo(231);
		assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("Client,Claim,Status,Work status");
		HttpResponse<String> xlsx = this.api.get("specialist", "/api/v1/me/work.xlsx?q=CT-");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.body()).startsWith("PK");
	}

	@Test
	void aFileJustImportedIsInTheQueueWhenTheImportAnswers() {
		// No refresh, no job: the import itself rescored its claims.
		AsUser.run("admin", "FIRM_ADMIN",
				() -> assertThat(this.imports
					.importFile(LAKEVIEW, "iq.837",
							X12Builder.claims837("ACME HEALTH", "ACME1")
								.claim("IQ-1", "P", "1", served(30), "410.00")
								.build(LAKEVIEW),
							ImportProgress.none())
					.status()).isEqualTo(ImportStatus.POSTED));

		List<WorkItem> queue = asSpecialist(() -> this.queue.page(LAKEVIEW, search("IQ-"), 0, 10)).items();

		assertThat(queue).extracting(WorkItem::claimNumber).containsExactly("IQ-1");
		assertThat(queue.getFirst().owner()).isEqualTo("specialist");
		assertThat(queue.getFirst().reasons()).contains("$410.00 open");
	}

	@Test
	void everyFollowUpOutcomeSetsTheWorkStatusAndTheNextAction() {
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1");
		for (FollowUpOutcome outcome : FollowUpOutcome.values()) {
			file.claim("ST-" + outcome.ordinal(), "P", "1", served(40), "120.00");
		}
		importClaims(file);
		Map<FollowUpOutcome, WorkStatus> expected = new EnumMap<>(FollowUpOutcome.class);
		expected.put(FollowUpOutcome.IN_PROCESS, WorkStatus.WAITING_ON_PAYER);
		expected.put(FollowUpOutcome.PAID, WorkStatus.WAITING_ON_PAYER);
		expected.put(FollowUpOutcome.DENIED, WorkStatus.IN_PROGRESS);
		expected.put(FollowUpOutcome.NEEDS_INFORMATION, WorkStatus.IN_PROGRESS);
		expected.put(FollowUpOutcome.NO_CLAIM_ON_FILE, WorkStatus.IN_PROGRESS);
		expected.put(FollowUpOutcome.CORRECTED_CLAIM_SENT, WorkStatus.REBILLED);
		expected.put(FollowUpOutcome.APPEAL_SUBMITTED, WorkStatus.APPEALED);
		expected.put(FollowUpOutcome.OTHER, WorkStatus.IN_PROGRESS);

		for (FollowUpOutcome outcome : FollowUpOutcome.values()) {
			String claim = "ST-" + outcome.ordinal();
			logCall(claim, outcome, today().plusDays(30));

			WorkspaceState state = asSpecialist(() -> this.workspace.state(LAKEVIEW, claim)).orElseThrow();
			assertThat(state.workStatus()).as(outcome.name()).isEqualTo(expected.get(outcome));
			assertThat(state.nextActionDate()).as(outcome.name()).isEqualTo(today().plusDays(30));
		}
		assertThat(asSpecialist(() -> this.queue.page(LAKEVIEW, search("ST-"), 0, 50)).totalCount())
			.as("every claim left the queue in the same transaction")
			.isZero();
	}

	@Test
	void aHighValueClaimIsDueAgainWithinTheHighValueCadence() {
		importClaims(X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("CD-1", "P", "1", served(40), "6000.00")
			.claim("CD-2", "P", "1", served(40), "600.00"));

		FollowUpRecord big = logCall("CD-1", FollowUpOutcome.IN_PROCESS, today().plusDays(30));
		FollowUpRecord small = logCall("CD-2", FollowUpOutcome.IN_PROCESS, today().plusDays(30));

		assertThat(big.nextActionDate()).as("lakeview: high-value claims every 5 days").isEqualTo(today().plusDays(5));
		assertThat(small.nextActionDate()).isEqualTo(today().plusDays(30));
		assertThat(asSpecialist(() -> this.workspace.state(LAKEVIEW, "CD-1")).orElseThrow().nextActionDate())
			.isEqualTo(today().plusDays(5));
	}

	@Test
	void claimActionsMoveTheClaimOn() {
		importClaims(X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("AM-1", "P", "1", served(40), "700.00")
			.claim("AM-2", "P", "1", served(40), "700.00")
			.claim("AM-3", "P", "1", served(40), "700.00"));

		asSpecialist(() -> this.actions.startAppeal(LAKEVIEW, "AM-1", 1, "Covered service"));
		DocumentRequest request = asSpecialist(
				() -> this.actions.requestDocuments(LAKEVIEW, "AM-2", "Operative report", today().plusDays(10)));
		asSpecialist(() -> {
			this.actions.markCorrectedClaim(LAKEVIEW, "AM-3", "Modifier 59 added");
			return null;
		});

		assertThat(state("AM-1").workStatus()).isEqualTo(WorkStatus.APPEALED);
		assertThat(state("AM-1").nextActionDate()).as("commercial payer: answer due in 45 days")
			.isEqualTo(today().plusDays(45));
		assertThat(state("AM-2").workStatus()).isEqualTo(WorkStatus.WAITING_ON_CLIENT);
		assertThat(state("AM-2").nextActionDate()).isEqualTo(today().plusDays(10));
		assertThat(state("AM-3").workStatus()).isEqualTo(WorkStatus.REBILLED);
		assertThat(state("AM-3").nextActionDate()).isEqualTo(today().plusDays(45));
		assertThat(asSpecialist(() -> this.queue.page(LAKEVIEW, search("AM-"), 0, 50)).totalCount()).isZero();

		AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER",
				() -> this.actions.answerDocumentRequest(LAKEVIEW, request.id(), "Uploaded to the portal"));

		assertThat(state("AM-2").workStatus()).isEqualTo(WorkStatus.IN_PROGRESS);
		assertThat(state("AM-2").nextActionDate()).isEqualTo(today());
		assertThat(asSpecialist(() -> this.queue.page(LAKEVIEW, search("AM-"), 0, 50)).items())
			.as("the answer puts the claim back in the queue at once")
			.extracting(WorkItem::claimNumber)
			.containsExactly("AM-2");
	}

	@Test
	void aLateAppealNeedsItsReasonAndTheLetterSaysItIsLate() throws Exception {
		importClaims(X12Builder.claims837("ACME HEALTH", "ACME1").claim("LA-1", "P", "1", served(300), "800.00"));
		// Denied in February: the appeal window of the commercial payer closed in August.
		AsUser.run("admin", "FIRM_ADMIN",
				() -> this.imports.importFile(LAKEVIEW, "la.835",
						X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-LA-1", "0.00")
							.payment("LA-1", "4", "800.00", "0.00", "0.00", "CO-197:800.00")
							.build(LAKEVIEW),
						ImportProgress.none()));

		assertThatThrownBy(() -> asSpecialist(() -> this.actions.startAppeal(LAKEVIEW, "LA-1", 1, "Authorized")))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("has passed");
		HttpResponse<String> refused = post("specialist", "/api/v1/clients/lakeview-ortho/claims/LA-1/appeals",
				"{\"level\":1,\"reason\":\"Authorized\"}");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("late");

		Appeal appeal = asSpecialist(() -> this.actions.startAppeal(LAKEVIEW, "LA-1", 1, "Authorized",
				new LateAppeal(LateAppeal.Reason.PROOF_OF_TIMELY_FILING, "payer acknowledgement of 03/02/2026")));

		assertThat(appeal.letterText()).contains("has passed; we ask you to accept this appeal late",
				"proof of timely filing is attached (payer acknowledgement of 03/02/2026)");
		assertThat(appeal.letterText()).doesNotContain("filed within").doesNotContain("filed before");
		assertThatThrownBy(() -> asSpecialist(() -> this.actions.requestWriteOff(LAKEVIEW, "LA-1",
				io.ardesk.claims.ResponsibleParty.INSURANCE, new BigDecimal("800.00"), "Lost cause")))
			.as("an open appeal and a write-off exclude each other")
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void viewersGetTheCallSheetWithoutOwnerScoreOrReasons() throws Exception {
		importClaims(X12Builder.claims837("ACME HEALTH", "ACME1").claim("CS-1", "P", "1", served(40), "350.00"));
		String path = "/api/v1/clients/lakeview-ortho/claims/CS-1/workspace";

		JsonNode staff = json.readTree(this.api.get("specialist", path).body());
		HttpResponse<String> viewerResponse = this.api.get("viewer.lakeview-ortho", path);

		assertThat(staff.get("patient").get("dateOfBirth").asString()).isEqualTo("1970-01-01");
		assertThat(staff.get("patient").get("memberId").asString()).isEqualTo("MBRCS-1");
		assertThat(staff.get("payer").get("name").asString()).isEqualTo("ACME HEALTH");
		assertThat(staff.get("lines").get(0).get("procedureCode").asString()).isEqualTo("99211");
		assertThat(staff.get("serviceDateFrom").asString()).isEqualTo(today().minusDays(40).toString());
		assertThat(staff.get("internal").get("owner").asString()).isEqualTo("specialist");
		assertThat(staff.get("internal").get("reasons").isArray()).isTrue();
		// The call sheet is the firm's (issue 13): a practice's viewer is refused it over
		// REST, and the service still strips the firm's fields for one.
		assertThat(viewerResponse.statusCode()).isEqualTo(403);
		assertThat(viewerResponse.body()).doesNotContain("\"score\"")
			.doesNotContain("\"owner\"")
			.doesNotContain("\"reasons\"")
			.doesNotContain("specialist\"");
		WorkspaceState viewerState = AsUser
			.call("viewer.lakeview-ortho", "CLIENT_VIEWER", () -> this.workspace.state(LAKEVIEW, "CS-1"))
			.orElseThrow();
		assertThat(viewerState.owner()).isNull();
		assertThat(viewerState.reasons()).isEmpty();
		assertThat(viewerState.score()).isZero();
	}

	@Test
	void accountManagersFlagHighValueByHandAndLargeBalancesAreFlaggedAutomatically() {
		importClaims(X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("HV-1", "P", "1", served(40), "900.00")
			.claim("HV-2", "P", "1", served(40), "7500.00"));

		assertThat(item(page("HV-"), "HV-2").reasons()).as("above the 5,000.00 threshold").contains("high-value claim");
		assertThat(item(page("HV-"), "HV-1").reasons()).noneMatch((reason) -> reason.contains("high-value"));
		assertThatThrownBy(() -> asSpecialist(() -> this.highValue.flag(LAKEVIEW, "HV-1", "Surgery")))
			.isInstanceOf(ClientAccessDeniedException.class);
		assertThat(post("specialist", "/api/v1/clients/lakeview-ortho/claims/HV-1/high-value", "{\"note\":\"x\"}")
			.statusCode()).isEqualTo(403);
		BigDecimal before = item(page("HV-"), "HV-1").score();

		HttpResponse<String> flagged = post("manager", "/api/v1/clients/lakeview-ortho/claims/HV-1/high-value",
				"{\"note\":\"Spinal fusion, implant invoice pending\"}");

		assertThat(flagged.statusCode()).isEqualTo(200);
		assertThat(item(page("HV-"), "HV-1").reasons()).contains("flagged high-value");
		assertThat(item(page("HV-"), "HV-1").score()).isGreaterThan(before);
		assertThat(AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.highValue.flagOf(LAKEVIEW, "HV-1")))
			.hasValueSatisfying((flag) -> assertThat(flag.flaggedBy()).isEqualTo("manager"));

		HttpResponse<String> unflagged = this.api.send("manager",
				HttpRequest
					.newBuilder(
							URI.create(this.api.baseUrl() + "/api/v1/clients/lakeview-ortho/claims/HV-1/high-value"))
					.DELETE());

		assertThat(unflagged.statusCode()).isEqualTo(204);
		assertThat(item(page("HV-"), "HV-1").reasons()).noneMatch((reason) -> reason.contains("high-value"));
	}

	@Test
	void aSubmittedClaimNobodyTouchedEntersTheQueueForNoResponse() {
		importClaims(X12Builder.claims837("ACME HEALTH", "ACME1").claim("NR-1", "P", "1", served(40), "260.00"));
		logCall("NR-1", FollowUpOutcome.IN_PROCESS, today().plusDays(60));
		assertThat(page("NR-")).as("touched today, due in 60 days").isEmpty();

		this.clock.advanceDays(22);

		List<String> entered = SystemActor.call(() -> this.signals.enterNoResponse(LAKEVIEW));
		assertThat(entered).contains("NR-1");
		assertThat(item(page("NR-"), "NR-1").reasons()).contains("no response from the payer in 21 days");
		assertThat(SystemActor.call(() -> this.signals.enterNoResponse(LAKEVIEW))).as("entered once")
			.doesNotContain("NR-1");
		assertThat(SystemActor.call(() -> this.signals.dueNextActions(LAKEVIEW, today().plusDays(22))))
			.anySatisfy((due) -> {
				assertThat(due.claimNumber()).isEqualTo("NR-1");
				assertThat(due.owner()).isEqualTo("specialist");
			});
	}

	@Test
	void aClaimFlaggedByTheClientIsFirstInItsOwnersQueueUntilCleared() {
		importClaims(X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("EC-1", "P", "1", served(40), "40.00")
			.claim("EC-2", "P", "1", served(100), "4000.00"));
		assertThat(page("EC-").getFirst().claimNumber()).isEqualTo("EC-2");

		SystemActor.run(() -> this.signals.markEscalated(LAKEVIEW, "EC-1", true));

		WorkItem top = asSpecialist(() -> this.queue.page(LAKEVIEW, QueueFilter.owner("specialist"), 0, 1)).items()
			.getFirst();
		assertThat(top.claimNumber()).isEqualTo("EC-1");
		assertThat(top.reasons().getFirst()).isEqualTo("flagged by the client");

		SystemActor.run(() -> this.signals.markEscalated(LAKEVIEW, "EC-1", false));

		assertThat(page("EC-").getFirst().claimNumber()).isEqualTo("EC-2");
		assertThat(SystemActor.call(() -> this.signals.deadlinesWithin(LAKEVIEW, 200)))
			.extracting(QueueSignals.DeadlineAhead::claimNumber)
			.contains("EC-1", "EC-2");
	}

	@Test
	void specialistsHandOnOnlyTheirOwnClaimsAndManagersAnyClaim() {
		ClientId northside = ClientId.of("northside-family");
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("RA-1", "P", "1", served(40), "310.00")
			.claim("RA-2", "P", "1", served(40), "320.00");
		AsUser.run("admin", "FIRM_ADMIN",
				() -> this.imports.importFile(northside, "ra.837", file.build(northside), ImportProgress.none()));
		List<WorkItem> items = AsUser
			.call("manager", "ACCOUNT_MANAGER", () -> this.queue.page(northside, search("RA-"), 0, 10))
			.items();
		assertThat(items).extracting(WorkItem::owner).containsExactlyInAnyOrder("specialist", "specialist2");
		String mine = items.stream()
			.filter((item) -> "specialist".equals(item.owner()))
			.findFirst()
			.orElseThrow()
			.claimNumber();
		String theirs = items.stream()
			.filter((item) -> "specialist2".equals(item.owner()))
			.findFirst()
			.orElseThrow()
			.claimNumber();

		assertThatThrownBy(() -> asSpecialist(() -> this.queue.assign(northside, List.of(theirs), "specialist")))
			.isInstanceOf(ClientAccessDeniedException.class);
		assertThat(post("specialist", "/api/v1/clients/northside-family/worklist/assign",
				"{\"claimNumbers\":[\"" + theirs + "\"],\"owner\":\"specialist\"}")
			.statusCode()).isEqualTo(403);
		assertThat(asSpecialist(() -> this.queue.assign(northside, List.of(mine), "specialist2"))).isEqualTo(1);
		assertThat(AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.queue.assign(northside, List.of(theirs, mine), "specialist")))
			.isEqualTo(2);
		assertThatThrownBy(
				() -> asSpecialist(() -> this.queue.setNextAction(northside, List.of(mine), today().plusDays(3))))
			.as("bulk next action is for managers")
			.isInstanceOf(ClientAccessDeniedException.class);
		assertThat(AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.queue.setNextAction(northside, List.of(theirs, mine), today().plusDays(3))))
			.isEqualTo(2);
		assertThat(AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.queue.page(northside, search("RA-"), 0, 10))
			.totalCount()).as("both due later").isZero();
	}

	@Test
	void savedFiltersAreTheirOwnersOnly() {
		QueueFilter filter = new QueueFilter("specialist", null, null, "AUTHORIZATION", 91, 120, null, null, null,
				QueueView.LIVE, WorkStatus.APPEALED, 14, "Doe & Sons");
		SavedFilters.SavedFilter kept = asSpecialist(() -> this.saved.save("Appealed auths", filter));

		assertThat(asSpecialist(() -> this.saved.mine())).singleElement().satisfies((mine) -> {
			assertThat(mine.name()).isEqualTo("Appealed auths");
			assertThat(mine.filter()).isEqualTo(filter);
		});
		assertThat(AsUser.call("specialist2", "AR_SPECIALIST", () -> this.saved.mine())).isEmpty();
		AsUser.run("specialist2", "AR_SPECIALIST", () -> this.saved.delete(kept.id()));
		assertThat(asSpecialist(() -> this.saved.mine())).hasSize(1);
		assertThatThrownBy(() -> asSpecialist(() -> this.saved.save(" ", filter)))
			.isInstanceOf(io.ardesk.shared.problem.InvalidInputException.class);

		asSpecialist(() -> {
			this.saved.delete(kept.id());
			return null;
		});

		assertThat(asSpecialist(() -> this.saved.mine())).isEmpty();
	}

	private List<WorkItem> page(String prefix) {
		return asSpecialist(() -> this.queue.page(LAKEVIEW, search(prefix), 0, 50)).items();
	}

	private WorkspaceState state(String claimNumber) {
		return asSpecialist(() -> this.workspace.state(LAKEVIEW, claimNumber)).orElseThrow();
	}

	private FollowUpRecord logCall(String claimNumber, FollowUpOutcome outcome, LocalDate next) {
		return asSpecialist(() -> this.workspace.logFollowUp(LAKEVIEW, claimNumber,
				new FollowUpEntry(FollowUpChannel.CALL, "Pat", "REF-" + claimNumber, outcome, null, false, next),
				this.workspace.state(LAKEVIEW, claimNumber).orElseThrow().version()));
	}

	private void importClaims(X12Builder file) {
		AsUser.run("admin", "FIRM_ADMIN",
				() -> assertThat(this.imports
					.importFile(LAKEVIEW, "claims-" + System.nanoTime() + ".837", file.build(LAKEVIEW),
							ImportProgress.none())
					.status()).isEqualTo(ImportStatus.POSTED));
	}

	private static QueueFilter search(String text) {
		return new QueueFilter(null, null, null, null, null, null, null, null, null, QueueView.LIVE, null, null, text);
	}

	private static WorkItem item(List<WorkItem> items, String claimNumber) {
		return items.stream().filter((item) -> item.claimNumber().equals(claimNumber)).findFirst().orElseThrow();
	}

	private HttpResponse<String> post(String user, String path, String body) {
		return this.api.send(user,
				HttpRequest.newBuilder(URI.create(this.api.baseUrl() + path))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A date of service this many days before Lakeview's today, as the 837 writes it. */
	private String served(int daysAgo) {
		return today().minusDays(daysAgo).format(DateTimeFormatter.BASIC_ISO_DATE);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneId.of("America/Denver")));
	}

	private static <T> T asSpecialist(Supplier<T> work) {
		return AsUser.call("specialist", "AR_SPECIALIST", work);
	}

}

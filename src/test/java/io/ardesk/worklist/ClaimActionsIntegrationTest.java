package io.ardesk.worklist;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Claim actions on a real ledger: write-offs asked for by specialists and decided by
 * managers, appeals with their letters, document requests the practice answers, and
 * append-only notes, through the service and the REST API. Each test uses its own claim
 * numbers; the ledger invariant is checked on every claim a test touched.
 */
@ArdeskIntegrationTest
class ClaimActionsIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final ClientId NORTHSIDE = ClientId.of("northside-family");

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	FileImports imports;

	@Autowired
	WorkQueue queue;

	@Autowired
	ClaimActions actions;

	@Autowired
	MoneyMoveApprovals approvals;

	@Autowired
	ClaimLedger ledger;

	@Autowired
	ClaimWorkspace workspace;

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
	void anApprovedWriteOffReducesTheBalanceAndTheHistoryNamesRequesterAndApprover() {
		seed(LAKEVIEW, "WA", "800.00");
		WriteOffRequest request = asSpecialist(() -> this.actions.requestWriteOff(LAKEVIEW, "WA-1",
				ResponsibleParty.INSURANCE, new BigDecimal("120.00"), "Timely filing missed on a $120 line"));
		assertThat(request.status()).isEqualTo(WriteOffRequest.Status.PENDING);
		assertThat(claim(LAKEVIEW, "WA-1").insuranceBalance()).as("nothing changes before approval")
			.isEqualByComparingTo("800.00");
		assertThat(asManager(() -> this.actions.pendingWriteOffs(LAKEVIEW))).extracting(WriteOffRequest::id)
			.contains(request.id());

		WriteOffRequest decided = asManager(
				() -> this.actions.decideWriteOff(LAKEVIEW, request.id(), true, "Small balance, agreed"));

		assertThat(decided.status()).isEqualTo(WriteOffRequest.Status.APPROVED);
		assertThat(decided.decidedBy()).isEqualTo("manager");
		ClaimDetail claim = claim(LAKEVIEW, "WA-1");
		assertThat(claim.insuranceBalance()).isEqualByComparingTo("680.00");
		assertThat(claim.writtenOff()).isEqualByComparingTo("120.00");
		assertThat(claim.history()).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo("WRITE_OFF_REQUESTED");
			assertThat(entry.actor()).isEqualTo("specialist");
		});
		assertThat(claim.history()).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo("WRITE_OFF");
			assertThat(entry.actor()).isEqualTo("manager");
			assertThat(entry.description()).contains("specialist");
		});
		assertThat(asManager(() -> this.actions.pendingWriteOffs(LAKEVIEW))).extracting(WriteOffRequest::id)
			.doesNotContain(request.id());
		assertLedgerHolds(LAKEVIEW, "WA-1");
	}

	@Test
	void aManagerCannotApproveTheirOwnWriteOff() {
		seed(LAKEVIEW, "WF", "120.00");
		long id = asManager(() -> this.actions.requestWriteOff(LAKEVIEW, "WF-1", ResponsibleParty.INSURANCE,
				new BigDecimal("120.00"), "Small balance"))
			.id();
		assertThatThrownBy(() -> asManager(() -> this.actions.decideWriteOff(LAKEVIEW, id, true, null)))
			.isInstanceOf(ClientAccessDeniedException.class)
			.hasMessageContaining("other than its requester");
		assertThat(claim(LAKEVIEW, "WF-1").writtenOff()).isEqualByComparingTo("0");
		WriteOffRequest approved = io.ardesk.test.AsUser.call("admin", "FIRM_ADMIN",
				() -> this.actions.decideWriteOff(LAKEVIEW, id, true, null));
		assertThat(approved.status()).isEqualTo(WriteOffRequest.Status.APPROVED);
		assertThat(claim(LAKEVIEW, "WF-1").writtenOff()).isEqualByComparingTo("120.00");
		assertLedgerHolds(LAKEVIEW, "WF-1");
	}

	@Test
	void aRejectedWriteOffLeavesTheBalancesAndARequestIsDecidedOnce() {
		seed(LAKEVIEW, "WR", "300.00");
		long id = asSpecialist(() -> this.actions.requestWriteOff(LAKEVIEW, "WR-1", ResponsibleParty.INSURANCE,
				new BigDecimal("300.00"), "Payer says not covered"))
			.id();

		assertThatThrownBy(() -> asSpecialist(() -> this.actions.decideWriteOff(LAKEVIEW, id, true, null)))
			.as("a specialist approving")
			.isInstanceOf(ClientAccessDeniedException.class);
		assertThat(post("specialist", "/api/v1/clients/lakeview-ortho/write-off-requests/" + id + "/decision",
				"{\"approve\":true}")
			.statusCode()).isEqualTo(403);

		WriteOffRequest rejected = asManager(() -> this.actions.decideWriteOff(LAKEVIEW, id, false, "Appeal it first"));
		assertThat(rejected.status()).isEqualTo(WriteOffRequest.Status.REJECTED);
		ClaimDetail claim = claim(LAKEVIEW, "WR-1");
		assertThat(claim.insuranceBalance()).isEqualByComparingTo("300.00");
		assertThat(claim.writtenOff()).isEqualByComparingTo("0");
		assertThat(claim.history()).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo("WRITE_OFF_REJECTED");
			assertThat(entry.actor()).isEqualTo("manager");
		});

		assertThatThrownBy(() -> asManager(() -> this.actions.decideWriteOff(LAKEVIEW, id, true, null)))
			.isInstanceOf(ConflictException.class);
		HttpResponse<String> again = post("manager",
				"/api/v1/clients/lakeview-ortho/write-off-requests/" + id + "/decision", "{\"approve\":true}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(claim(LAKEVIEW, "WR-1").writtenOff()).isEqualByComparingTo("0");
		assertLedgerHolds(LAKEVIEW, "WR-1");
	}

	@Test
	void writeOffsThroughRestWithValidationAndAccessProblems() throws Exception {
		seed(LAKEVIEW, "WX", "250.00");
		String path = "/api/v1/clients/lakeview-ortho/claims/WX-1/write-off-requests";
		String body = "{\"from\":\"INSURANCE\",\"amount\":50.00,\"reason\":\"Small balance\"}";

		assertThat(post("viewer.lakeview-ortho", path, body).statusCode()).as("viewer").isEqualTo(403);
		assertThat(post("specialist2", path, body).statusCode()).as("unassigned specialist, told no such client")
			.isEqualTo(404);
		assertThat(post("specialist", path, "{\"from\":\"INSURANCE\",\"amount\":900.00,\"reason\":\"x\"}").statusCode())
			.as("more than the balance: a business rule")
			.isEqualTo(422);
		assertThat(post("specialist", path, "{\"from\":\"INSURANCE\",\"amount\":5.00}").statusCode()).as("no reason")
			.isEqualTo(400);
		assertThat(post("specialist", "/api/v1/clients/lakeview-ortho/claims/NOPE-1/write-off-requests", body)
			.statusCode()).isEqualTo(404);

		HttpResponse<String> created = post("specialist", path, body);
		assertThat(created.statusCode()).isEqualTo(201);
		long id = json.readTree(created.body()).get("id").asLong();
		// Who asked for a write-off and why is the firm's business: the practice's viewer
		// reads none of it, through the API or the services.
		String actions = "/api/v1/clients/lakeview-ortho/claims/WX-1/actions";
		HttpResponse<String> staffView = this.api.send("specialist", authorized(null, actions).GET());
		assertThat(json.readTree(staffView.body()).get("moneyMoves")).hasSize(1);
		assertThat(this.api.send("viewer.lakeview-ortho", authorized(null, actions).GET()).statusCode()).as("viewer")
			.isEqualTo(403);
		ClaimActionsSummary viewerSummary = AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER",
				() -> this.actions.actions(LAKEVIEW, "WX-1"));
		assertThat(viewerSummary.moneyMoves()).as("viewer").isEmpty();
		assertThat(viewerSummary.writeOffs()).as("viewer").isEmpty();
		assertThatThrownBy(() -> AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER",
				() -> this.approvals.ofClaim(LAKEVIEW, "WX-1")))
			.as("the approvals module itself refuses a viewer")
			.isInstanceOf(ClientAccessDeniedException.class);
		HttpResponse<String> approved = post("manager",
				"/api/v1/clients/lakeview-ortho/write-off-requests/" + id + "/decision",
				"{\"approve\":true,\"note\":\"ok\"}");
		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(json.readTree(approved.body()).get("status").asString()).isEqualTo("APPROVED");
		assertThat(claim(LAKEVIEW, "WX-1").insuranceBalance()).isEqualByComparingTo("200.00");
		assertThat(post("manager", "/api/v1/clients/lakeview-ortho/write-off-requests/999999/decision",
				"{\"approve\":true}")
			.statusCode()).isEqualTo(404);
		assertThatThrownBy(() -> AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER", () -> this.actions
			.requestWriteOff(LAKEVIEW, "WX-1", ResponsibleParty.INSURANCE, BigDecimal.TEN, "viewer")))
			.isInstanceOf(ClientAccessDeniedException.class);
		assertLedgerHolds(LAKEVIEW, "WX-1");
	}

	@Test
	void aTransferToThePatientWaitsForAManagerAndBackToInsurancePostsAtOnce() {
		seed(LAKEVIEW, "TR", "400.00");
		MoneyMoveRequest request = asSpecialist(() -> this.actions.transferBalance(LAKEVIEW, "TR-1",
				TransferDirection.TO_PATIENT, new BigDecimal("100.00"), "Deductible per payer call"))
			.orElseThrow();
		assertThat(request.status()).isEqualTo(MoneyMoveRequest.Status.PENDING);
		assertThat(claim(LAKEVIEW, "TR-1").patientBalance()).isEqualByComparingTo("0.00");
		asManager(() -> this.approvals.decide(LAKEVIEW, request.id(), true, null));
		assertThat(asSpecialist(() -> this.actions.transferBalance(LAKEVIEW, "TR-1", TransferDirection.TO_INSURANCE,
				new BigDecimal("40.00"), "Bill the secondary")))
			.isEmpty();
		ClaimDetail claim = claim(LAKEVIEW, "TR-1");
		assertThat(claim.insuranceBalance()).isEqualByComparingTo("340.00");
		assertThat(claim.patientBalance()).isEqualByComparingTo("60.00");
		assertThat(asSpecialist(() -> this.actions.actions(LAKEVIEW, "TR-1")).moneyMoves())
			.extracting(MoneyMoveRequest::id)
			.containsExactly(request.id());
		assertLedgerHolds(LAKEVIEW, "TR-1");
	}

	@Test
	void anAppealLetterQuotesTheClaimAndDenialAndDownloadsAsPdf() throws Exception {
		seed(LAKEVIEW, "AP", "500.00");
		deny(LAKEVIEW, "AP-1", "500.00", "TRN-AP-1");

		// Denied in February: the appeal window has closed, so the appeal is late.
		Appeal appeal = asSpecialist(() -> this.actions.startAppeal(LAKEVIEW, "AP-1", 1,
				"The authorization was on file: number AUTH-4711 obtained before the visit.",
				new LateAppeal(LateAppeal.Reason.GOOD_CAUSE, "the payer's portal was down for two weeks")));

		assertThat(appeal.letterText()).contains("AP-1", "ACME HEALTH", "Lakeview Orthopedics",
				"Summit Revenue Partners", "AUTH-4711", "CO-197", "$500.00", "01/05/2026");
		WorkspaceState state = asSpecialist(() -> this.workspace.state(LAKEVIEW, "AP-1")).orElseThrow();
		assertThat(appeal.deadline()).as("the claim's appeal deadline")
			.isEqualTo((state.deadline() != null && state.deadline().kind() == Deadline.Kind.APPEAL)
					? state.deadline().date() : today().plusDays(60));
		assertThat(claim(LAKEVIEW, "AP-1").history()).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo("APPEAL_STARTED");
			assertThat(entry.actor()).isEqualTo("specialist");
		});

		byte[] pdf = asSpecialist(() -> this.actions.appealLetterPdf(LAKEVIEW, appeal.id()));
		assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		try (PdfReader reader = new PdfReader(pdf)) {
			assertThat(reader.getInfo().get("Title")).contains("AP-1");
			assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("AP-1", "CO-197");
		}

		HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient()
			.send(authorized("viewer.lakeview-ortho",
					"/api/v1/clients/lakeview-ortho/claims/AP-1/appeals/" + appeal.id() + "/letter.pdf")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/pdf"));
		assertThat(new String(download.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		assertThat(this.api
			.get("specialist", "/api/v1/clients/lakeview-ortho/claims/OTHER-1/appeals/" + appeal.id() + "/letter.pdf")
			.statusCode()).isEqualTo(404);

		HttpResponse<String> viaRest = post("specialist", "/api/v1/clients/lakeview-ortho/claims/AP-1/appeals",
				"{\"level\":2,\"reason\":\"Still covered\",\"late\":{\"reason\":\"PROOF_OF_TIMELY_FILING\","
						+ "\"explanation\":\"clearinghouse acceptance report of 01/07/2026\"}}");
		assertThat(viaRest.statusCode()).isEqualTo(201);
		assertThat(json.readTree(viaRest.body()).get("id").asLong()).isPositive();
		assertThat(
				post("specialist", "/api/v1/clients/lakeview-ortho/claims/AP-1/appeals", "{\"level\":1}").statusCode())
			.isEqualTo(400);
		assertThat(post("specialist2", "/api/v1/clients/lakeview-ortho/claims/AP-1/appeals",
				"{\"level\":1,\"reason\":\"x\"}")
			.statusCode()).as("unassigned specialist, told no such client").isEqualTo(404);
		assertLedgerHolds(LAKEVIEW, "AP-1");
	}

	@Test
	void aCorrectedClaimIsRecordedInTheHistory() {
		seed(LAKEVIEW, "CC", "210.00");
		asSpecialist(() -> {
			this.actions.markCorrectedClaim(LAKEVIEW, "CC-1", "Modifier 25 added to the E/M line");
			return null;
		});
		assertThat(claim(LAKEVIEW, "CC-1").history()).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo("CORRECTED_CLAIM_SENT");
			assertThat(entry.description()).contains("frequency 7", "Modifier 25");
			assertThat(entry.actor()).isEqualTo("specialist");
		});
	}

	@Test
	void theirOwnViewerAnswersADocumentRequestButNoOtherPracticeDoes() throws Exception {
		seed(LAKEVIEW, "DR", "640.00");
		seed(NORTHSIDE, "DN", "90.00");
		DocumentRequest lakeview = asSpecialist(() -> this.actions.requestDocuments(LAKEVIEW, "DR-1",
				"Operative report for 01/05/2026", today().plusDays(7)));
		DocumentRequest northside = asSpecialist(
				() -> this.actions.requestDocuments(NORTHSIDE, "DN-1", "Referral from the PCP", today().plusDays(7)));

		assertThatThrownBy(() -> AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER",
				() -> this.actions.answerDocumentRequest(NORTHSIDE, northside.id(), "Here it is")))
			.isInstanceOf(ClientAccessDeniedException.class);
		assertThat(post("viewer.lakeview-ortho",
				"/api/v1/clients/northside-family/document-requests/" + northside.id() + "/answer",
				"{\"answer\":\"Here\"}")
			.statusCode()).as("another practice, told no such client").isEqualTo(404);
		assertThat(post("specialist2", "/api/v1/clients/lakeview-ortho/document-requests/" + lakeview.id() + "/answer",
				"{\"answer\":\"Here\"}")
			.statusCode()).as("unassigned specialist, told no such client").isEqualTo(404);

		assertThat(AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER",
				() -> this.actions.documentRequests(LAKEVIEW, true)))
			.extracting(DocumentRequest::id)
			.contains(lakeview.id());
		HttpResponse<String> answered = post("viewer.lakeview-ortho",
				"/api/v1/clients/lakeview-ortho/document-requests/" + lakeview.id() + "/answer",
				"{\"answer\":\"Uploaded to the portal folder\"}");
		assertThat(answered.statusCode()).isEqualTo(200);
		JsonNode request = json.readTree(answered.body());
		assertThat(request.get("status").asString()).isEqualTo("ANSWERED");
		assertThat(request.get("answeredBy").asString()).isEqualTo("viewer.lakeview-ortho");
		assertThat(claim(LAKEVIEW, "DR-1").history()).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo("DOCUMENTS_ANSWERED");
			assertThat(entry.actor()).isEqualTo("viewer.lakeview-ortho");
		});
		assertThat(post("viewer.lakeview-ortho",
				"/api/v1/clients/lakeview-ortho/document-requests/" + lakeview.id() + "/answer",
				"{\"answer\":\"again\"}")
			.statusCode()).isEqualTo(409);
		assertThat(post("viewer.lakeview-ortho", "/api/v1/clients/lakeview-ortho/claims/DR-1/document-requests",
				"{\"whatIsNeeded\":\"x\",\"dueDate\":\"" + today().plusDays(3) + "\"}")
			.statusCode()).as("viewers do not ask for documents").isEqualTo(403);
		assertThat(AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER",
				() -> this.actions.documentRequests(LAKEVIEW, true)))
			.extracting(DocumentRequest::id)
			.doesNotContain(lakeview.id());
	}

	@Test
	void notesAreAppendOnlyAndInternalNotesStayWithTheFirm() throws Exception {
		seed(LAKEVIEW, "NT", "150.00");
		ClaimNote note = asSpecialist(
				() -> this.actions.addNote(LAKEVIEW, "NT-1", "Payer asked for records by fax", false));
		asSpecialist(() -> this.actions.addNote(LAKEVIEW, "NT-1", "Rep was rude; escalate next time", true));

		ClaimNote edited = asSpecialist(
				() -> this.actions.editNote(LAKEVIEW, note.id(), "Payer asked for records by fax to 555-0100"));

		assertThat(edited.replacesId()).isEqualTo(note.id());
		assertThat(edited.earlier()).extracting(ClaimNote.Version::text)
			.containsExactly("Payer asked for records by fax");
		List<ClaimNote> staff = asSpecialist(() -> this.actions.notes(LAKEVIEW, "NT-1"));
		assertThat(staff).extracting(ClaimNote::text)
			.containsExactlyInAnyOrder("Payer asked for records by fax to 555-0100",
					"Rep was rude; escalate next time");
		assertThatThrownBy(() -> asSpecialist(() -> this.actions.editNote(LAKEVIEW, note.id(), "fork")))
			.as("editing a replaced version")
			.isInstanceOf(ConflictException.class);

		List<ClaimNote> viewer = AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER",
				() -> this.actions.notes(LAKEVIEW, "NT-1"));
		assertThat(viewer).extracting(ClaimNote::text).containsExactly("Payer asked for records by fax to 555-0100");
		HttpResponse<String> viaRest = this.api.get("viewer.lakeview-ortho",
				"/api/v1/clients/lakeview-ortho/claims/NT-1/notes");
		assertThat(viaRest.statusCode()).isEqualTo(200);
		assertThat(viaRest.body()).doesNotContain("rude");
		assertThat(claim(LAKEVIEW, "NT-1").history())
			.noneSatisfy((entry) -> assertThat(entry.description()).contains("rude"));
		assertThat(post("viewer.lakeview-ortho", "/api/v1/clients/lakeview-ortho/claims/NT-1/notes",
				"{\"text\":\"hello\"}")
			.statusCode()).isEqualTo(403);
		assertThat(post("specialist2", "/api/v1/clients/lakeview-ortho/claims/NT-1/notes", "{\"text\":\"hello\"}")
			.statusCode()).as("unassigned specialist, told no such client").isEqualTo(404);
		HttpResponse<String> added = post("specialist", "/api/v1/clients/lakeview-ortho/claims/NT-1/notes",
				"{\"text\":\"Called again\",\"internal\":false}");
		assertThat(added.statusCode()).isEqualTo(201);
		assertThat(
				post("specialist", "/api/v1/clients/lakeview-ortho/claims/NT-1/notes", "{\"text\":\" \"}").statusCode())
			.isEqualTo(400);
	}

	@Test
	void theWorkspaceActionsAreaRequestsApprovesAndAnswers() {
		seed(LAKEVIEW, "WS", "900.00");
		try {
			BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
			UI.getCurrent().navigate("workspace/WS-1");
			_click(_get(Button.class, (spec) -> spec.withId("request-write-off")));
			_setValue(_get(BigDecimalField.class, (spec) -> spec.withId("action-amount")), new BigDecimal("75.00"));
			_setValue(_get(TextArea.class, (spec) -> spec.withId("action-reason")), "Small balance after appeal");
			_click(_get(Button.class, (spec) -> spec.withClasses("action-confirm")));
			// The write-off waits for a manager: an appeal must wait for that decision.
			_click(_get(Button.class, (spec) -> spec.withId("start-appeal")));
			_setValue(_get(TextArea.class, (spec) -> spec.withId("appeal-reason")), "Covered service");
			_click(_get(Button.class, (spec) -> spec.withClasses("action-confirm")));
			assertThat(_get(Div.class, (spec) -> spec.withClasses("action-error")).getText())
				.contains("waits for a decision");
			_click(_get(Button.class, (spec) -> spec.withClasses("action-cancel")));
			_click(_get(Button.class, (spec) -> spec.withId("request-documents")));
			_setValue(_get(TextArea.class, (spec) -> spec.withId("documents-what")), "Signed consent form");
			_click(_get(Button.class, (spec) -> spec.withClasses("action-confirm")));

			String actionsText = _get(VerticalLayout.class, (spec) -> spec.withId("claim-actions")).getElement()
				.getTextRecursively();
			assertThat(actionsText).contains("$75.00", "pending", "Signed consent form")
				.doesNotContain("Level 1 appeal");
			assertThat(_find(Button.class, (spec) -> spec.withCaption("Approve"))).as("specialists do not decide")
				.isEmpty();
		}
		finally {
			BrowserlessUi.close();
		}
		WriteOffRequest pending = asManager(() -> this.actions.pendingWriteOffs(LAKEVIEW)).stream()
			.filter((request) -> request.claimNumber().equals("WS-1"))
			.findFirst()
			.orElseThrow();
		try {
			BrowserlessUi.openAs(this.context, "manager", "ACCOUNT_MANAGER");
			UI.getCurrent().navigate("approvals");
			@SuppressWarnings("unchecked")
			Grid<MoneyMoveRequest> approvals = _get(Grid.class, (spec) -> spec.withId("money-move-approvals"));
			assertThat(approvals.getGenericDataView().getItems().map(MoneyMoveRequest::id)).contains(pending.id());
			UI.getCurrent().navigate("workspace/WS-1");
			_click(_get(Button.class, (spec) -> spec.withId("approve-write-off-" + pending.id())));
		}
		finally {
			BrowserlessUi.close();
		}
		try {
			// Decided: now the appeal may start.
			BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
			UI.getCurrent().navigate("workspace/WS-1");
			_click(_get(Button.class, (spec) -> spec.withId("start-appeal")));
			_setValue(_get(TextArea.class, (spec) -> spec.withId("appeal-reason")), "Covered service");
			_click(_get(Button.class, (spec) -> spec.withClasses("action-confirm")));
			assertThat(_get(VerticalLayout.class, (spec) -> spec.withId("claim-actions")).getElement()
				.getTextRecursively()).contains("Level 1 appeal");
			assertThat(_find(Anchor.class, (spec) -> {
			})).filteredOn((anchor) -> anchor.getId().orElse("").startsWith("appeal-letter-"))
				.singleElement()
				.satisfies((anchor) -> assertThat(anchor.getHref()).isNotBlank());
		}
		finally {
			BrowserlessUi.close();
		}
		assertThat(claim(LAKEVIEW, "WS-1").insuranceBalance()).isEqualByComparingTo("825.00");
		long documents = AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER",
				() -> this.actions.actions(LAKEVIEW, "WS-1").documentRequests().getFirst().id());
		try {
			BrowserlessUi.openAs(this.context, "viewer.lakeview-ortho", "CLIENT_VIEWER");
			// The workspace is the firm's (issue 13): the practice answers in its
			// Documents inbox.
			assertThatThrownBy(() -> UI.getCurrent().navigate("workspace/WS-1")).as("the workspace is the firm's")
				.isInstanceOf(MockAccessDeniedException.class);
			UI.getCurrent().navigate("documents");
			@SuppressWarnings("unchecked")
			com.vaadin.flow.component.grid.Grid<io.ardesk.documents.InboxRequest> inbox = _get(
					com.vaadin.flow.component.grid.Grid.class, (spec) -> spec.withId("document-requests"));
			inbox.select(inbox.getListDataView()
				.getItems()
				.filter((request) -> request.id() == documents)
				.findFirst()
				.orElseThrow());
			_setValue(_get(TextArea.class, (spec) -> spec.withId("document-text-answer")), "Faxed on Monday");
			_click(_get(Button.class, (spec) -> spec.withId("document-send-answer")));
			assertThat(AsUser.call("manager", "ACCOUNT_MANAGER",
					() -> this.actions.actions(LAKEVIEW, "WS-1").documentRequests().getFirst().answer()))
				.isEqualTo("Faxed on Monday");
			assertThatThrownBy(() -> UI.getCurrent().navigate("approvals")).as("approvals are for managers")
				.isInstanceOf(MockAccessDeniedException.class);
		}
		finally {
			BrowserlessUi.close();
		}
		assertLedgerHolds(LAKEVIEW, "WS-1");
	}

	private void seed(ClientId client, String prefix, String... charges) {
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1");
		for (int i = 0; i < charges.length; i++) {
			file.claim(prefix + "-" + (i + 1), "P", "1", "20260105", charges[i]);
		}
		AsUser.run("admin", "FIRM_ADMIN", () -> {
			assertThat(this.imports.importFile(client, prefix + ".837", file.build(client), ImportProgress.none())
				.status()).isEqualTo(ImportStatus.POSTED);
			this.queue.refresh(client, true);
		});
	}

	/** A zero-pay denial for missing authorization (CO-197). */
	private void deny(ClientId client, String claimNumber, String charge, String trace) {
		byte[] remittance = X12Builder.remittance835("ACME HEALTH", "ACME1", trace, "0.00")
			.payment(claimNumber, "4", charge, "0.00", "0.00", "CO-197:" + charge)
			.build(client);
		AsUser.run("admin", "FIRM_ADMIN", () -> {
			assertThat(this.imports.importFile(client, trace + ".835", remittance, ImportProgress.none()).status())
				.isEqualTo(ImportStatus.POSTED);
			this.queue.refresh(client, true);
		});
	}

	private ClaimDetail claim(ClientId client, String claimNumber) {
		return AsUser.call("admin", "FIRM_ADMIN", () -> this.ledger.claim(client, claimNumber)).orElseThrow();
	}

	private void assertLedgerHolds(ClientId client, String claimNumber) {
		ClaimDetail c = claim(client, claimNumber);
		BigDecimal accounted = c.payerPaid()
			.add(c.patientPaid())
			.add(c.contractual())
			.add(c.otherAdjusted())
			.add(c.writtenOff())
			.add(c.insuranceBalance())
			.add(c.patientBalance());
		assertThat(accounted).as("ledger invariant of " + claimNumber).isEqualByComparingTo(c.billed());
	}

	private HttpResponse<String> post(String user, String path, String body) {
		return this.api.send(user, authorized(null, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder authorized(String user, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.api.baseUrl() + path));
		if (user != null) {
			request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		return request;
	}

	/** Lakeview's "today": the services date requests in the client's time zone. */
	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Denver"));
	}

	private static <T> T asSpecialist(Supplier<T> work) {
		return AsUser.call("specialist", "AR_SPECIALIST", work);
	}

	private static <T> T asManager(Supplier<T> work) {
		return AsUser.call("manager", "ACCOUNT_MANAGER", work);
	}

}

package io.ardesk.approvals;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.ClaimStatus;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.patients.PatientReceivables;
import io.ardesk.patients.PaymentOutcome;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.TransferDirection;
import io.ardesk.worklist.WriteOffRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Four eyes on every money move (issue 7): a transfer of insurance balance to the
 * patient, and patient payments and adjustments above the client's small-balance limit
 * (Lakeview: $25.00), wait for an account manager or administrator other than the
 * requester; smaller ones post at once. Each test uses its own claim numbers; the ledger
 * invariant is checked for every claim after each test.
 */
@ArdeskIntegrationTest
class MoneyMoveApprovalsIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	FileImports imports;

	@Autowired
	ClaimActions actions;

	@Autowired
	MoneyMoveApprovals approvals;

	@Autowired
	PatientReceivables receivables;

	@Autowired
	ClaimLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void api() {
		this.api = new ApiClient(this.port);
	}

	@AfterEach
	void ledgerInvariantHoldsForEveryClaim() {
		Long broken = TenantContext.callAs(LAKEVIEW, () -> this.transaction.execute((status) -> this.jdbc
			.sql("select count(*) from claim where billed <> payer_paid + patient_paid + contractual + other_adjusted "
					+ "+ written_off + insurance_balance + patient_balance")
			.query(Long.class)
			.single()));
		assertThat(broken).as("claims breaking the ledger invariant").isZero();
	}

	@Test
	void aSpecialistsTransferToThePatientWaitsAndChangesNothingUntilAManagerApprovesIt() {
		seed("MMTP", "400.00");
		MoneyMoveRequest request = specialist(() -> this.actions.transferBalance(LAKEVIEW, "MMTP-1",
				TransferDirection.TO_PATIENT, new BigDecimal("100.00"), "Deductible per payer call"))
			.orElseThrow();

		assertThat(request.status()).isEqualTo(MoneyMoveRequest.Status.PENDING);
		assertThat(request.requestedBy()).isEqualTo("specialist");
		ClaimDetail before = claim("MMTP-1");
		assertThat(before.insuranceBalance()).as("nothing moves before approval").isEqualByComparingTo("400.00");
		assertThat(before.patientBalance()).isEqualByComparingTo("0.00");
		assertThat(before.history()).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo("TRANSFER_TO_PATIENT_REQUESTED");
			assertThat(entry.actor()).isEqualTo("specialist");
			assertThat(entry.description()).contains("$100.00", "request " + request.id());
		});
		assertThat(manager(() -> this.approvals.pending(LAKEVIEW))).extracting(MoneyMoveRequest::id)
			.contains(request.id());

		MoneyMoveRequest approved = manager(() -> this.approvals.decide(LAKEVIEW, request.id(), true, "Checked"));

		assertThat(approved.status()).isEqualTo(MoneyMoveRequest.Status.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo("manager");
		ClaimDetail after = claim("MMTP-1");
		assertThat(after.insuranceBalance()).isEqualByComparingTo("300.00");
		assertThat(after.patientBalance()).isEqualByComparingTo("100.00");
		assertThat(after.history()).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo("TRANSFER_TO_PATIENT_APPROVED");
			assertThat(entry.actor()).isEqualTo("manager");
			assertThat(entry.description()).contains("specialist", "Checked");
		}).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo("TRANSFER_TO_PATIENT");
			assertThat(entry.actor()).isEqualTo("manager");
		});
		assertThat(manager(() -> this.approvals.pending(LAKEVIEW))).extracting(MoneyMoveRequest::id)
			.doesNotContain(request.id());

		// Back to insurance (for a secondary) is no money leaving the AR: at once.
		assertThat(specialist(() -> this.actions.transferBalance(LAKEVIEW, "MMTP-1", TransferDirection.TO_INSURANCE,
				new BigDecimal("40.00"), "Bill the secondary")))
			.isEmpty();
		assertThat(claim("MMTP-1").patientBalance()).isEqualByComparingTo("60.00");
	}

	@Test
	void nobodyApprovesTheirOwnMoneyMoveAndARequestIsDecidedOnce() {
		seed("MMOW", "300.00");
		long id = manager(() -> this.actions.transferBalance(LAKEVIEW, "MMOW-1", TransferDirection.TO_PATIENT,
				new BigDecimal("300.00"), "Patient self-pay"))
			.orElseThrow()
			.id();

		assertThatThrownBy(() -> manager(() -> this.approvals.decide(LAKEVIEW, id, true, null)))
			.isInstanceOf(ClientAccessDeniedException.class)
			.hasMessageContaining("other than its requester");
		assertThat(post("manager", "/api/v1/clients/lakeview-ortho/approvals/" + id + "/decision", "{\"approve\":true}")
			.statusCode()).as("own request through the API").isEqualTo(403);
		assertThatThrownBy(() -> specialist(() -> this.approvals.decide(LAKEVIEW, id, true, null)))
			.as("a specialist deciding")
			.isInstanceOf(ClientAccessDeniedException.class);
		assertThat(claim("MMOW-1").patientBalance()).isEqualByComparingTo("0.00");

		MoneyMoveRequest approved = AsUser.call("admin", "FIRM_ADMIN",
				() -> this.approvals.decide(LAKEVIEW, id, true, null));
		assertThat(approved.status()).isEqualTo(MoneyMoveRequest.Status.APPROVED);
		assertThat(claim("MMOW-1").patientBalance()).isEqualByComparingTo("300.00");

		assertThatThrownBy(
				() -> AsUser.call("admin", "FIRM_ADMIN", () -> this.approvals.decide(LAKEVIEW, id, true, null)))
			.isInstanceOf(ConflictException.class);
		assertThat(post("admin", "/api/v1/clients/lakeview-ortho/approvals/" + id + "/decision", "{\"approve\":true}")
			.statusCode()).isEqualTo(409);
		assertThat(claim("MMOW-1").patientBalance()).as("posted once").isEqualByComparingTo("300.00");
	}

	@Test
	void aPatientPaymentAboveTheLimitWaitsWhileOneAtOrBelowItPostsAtOnce() {
		long patient = patientOwing("MMPL", "200.00", "200.00");

		PaymentOutcome atLimit = specialist(
				() -> this.receivables.postPayment(LAKEVIEW, patient, new BigDecimal("25.00"), today(), "CASH 1"));
		assertThat(atLimit.pending()).isFalse();
		assertThat(atLimit.applied()).singleElement()
			.satisfies((part) -> assertThat(part.amount()).isEqualByComparingTo("25.00"));
		assertThat(claim("MMPL-1").patientBalance()).isEqualByComparingTo("175.00");

		// The same day, one cent more for the same patient: splitting does not avoid the
		// rule.
		PaymentOutcome split = specialist(
				() -> this.receivables.postPayment(LAKEVIEW, patient, new BigDecimal("0.01"), today(), "CASH 2"));
		assertThat(split.pending()).isTrue();
		assertThat(claim("MMPL-1").patientBalance()).isEqualByComparingTo("175.00");

		PaymentOutcome above = specialist(
				() -> this.receivables.postPayment(LAKEVIEW, patient, new BigDecimal("100.00"), today(), "CHK 3"));
		assertThat(above.pending()).isTrue();
		assertThat(above.applied()).isEmpty();
		assertThat(claim("MMPL-1").patientBalance()).as("nothing posted while pending").isEqualByComparingTo("175.00");
		assertThat(claim("MMPL-1").history()).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo("PATIENT_PAYMENT_REQUESTED");
			assertThat(entry.description()).contains("$100.00", "CHK 3");
		});
		assertThat(specialist(() -> this.approvals.ofPatient(LAKEVIEW, patient))).extracting(MoneyMoveRequest::status)
			.containsExactlyInAnyOrder(MoneyMoveRequest.Status.POSTED, MoneyMoveRequest.Status.PENDING,
					MoneyMoveRequest.Status.PENDING);

		manager(() -> this.approvals.decide(LAKEVIEW, above.pendingRequestId(), true, null));
		manager(() -> this.approvals.decide(LAKEVIEW, split.pendingRequestId(), false, "Typo, no such receipt"));
		ClaimDetail after = claim("MMPL-1");
		assertThat(after.patientBalance()).isEqualByComparingTo("75.00");
		assertThat(after.patientPaid()).isEqualByComparingTo("125.00");
		assertThat(after.history()).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo("PATIENT_PAYMENT_APPROVED");
			assertThat(entry.actor()).isEqualTo("manager");
		}).anySatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo("PATIENT_PAYMENT_REJECTED");
			assertThat(entry.description()).contains("Typo, no such receipt");
		});
	}

	@Test
	void aSmallPatientAdjustmentPostsAtOnceAndALargerOneWaits() {
		long patient = patientOwing("MMAJ", "100.00", "60.00");
		assertThat(patient).isPositive();
		WriteOffRequest small = specialist(() -> this.actions.requestWriteOff(LAKEVIEW, "MMAJ-1",
				ResponsibleParty.PATIENT, new BigDecimal("20.00"), "Small balance"));
		assertThat(small.status()).isEqualTo(WriteOffRequest.Status.POSTED);
		assertThat(claim("MMAJ-1").patientBalance()).isEqualByComparingTo("40.00");

		WriteOffRequest more = specialist(() -> this.actions.requestWriteOff(LAKEVIEW, "MMAJ-1",
				ResponsibleParty.PATIENT, new BigDecimal("10.00"), "And a bit more"));
		assertThat(more.status()).as("20 + 10 passes the limit of 25 on this claim")
			.isEqualTo(WriteOffRequest.Status.PENDING);
		assertThat(claim("MMAJ-1").patientBalance()).isEqualByComparingTo("40.00");

		WriteOffRequest insurance = specialist(() -> this.actions.requestWriteOff(LAKEVIEW, "MMAJ-1",
				ResponsibleParty.INSURANCE, new BigDecimal("1.00"), "Rounding"));
		assertThat(insurance.status()).as("insurance write-offs always need approval")
			.isEqualTo(WriteOffRequest.Status.PENDING);
	}

	@Test
	void theWalkAroundOfTheIssueNoLongerClosesAClaimWithNobodyElse() {
		seed("MMWK", "5800.00");
		long patient = patientOf("MMWK-1");

		// A specialist alone: transfer the whole insurance balance, then a "cash"
		// payment.
		MoneyMoveRequest transfer = specialist(() -> this.actions.transferBalance(LAKEVIEW, "MMWK-1",
				TransferDirection.TO_PATIENT, new BigDecimal("5800.00"), "Patient says they pay"))
			.orElseThrow();
		assertThatThrownBy(() -> specialist(
				() -> this.receivables.postPayment(LAKEVIEW, patient, new BigDecimal("5800.00"), today(), "CASH")))
			.as("the patient owes nothing while the transfer waits")
			.isInstanceOf(RuleViolationException.class);
		ClaimDetail alone = claim("MMWK-1");
		assertThat(alone.insuranceBalance()).isEqualByComparingTo("5800.00");
		assertThat(alone.status()).isNotIn(ClaimStatus.PAID, ClaimStatus.CLOSED);

		// Even with the transfer approved, the "cash" payment waits for a second person.
		manager(() -> this.approvals.decide(LAKEVIEW, transfer.id(), true, null));
		PaymentOutcome cash = specialist(
				() -> this.receivables.postPayment(LAKEVIEW, patient, new BigDecimal("5800.00"), today(), "CASH"));
		assertThat(cash.pending()).isTrue();
		ClaimDetail stillOpen = claim("MMWK-1");
		assertThat(stillOpen.patientBalance()).isEqualByComparingTo("5800.00");
		assertThat(stillOpen.status()).isNotIn(ClaimStatus.PAID, ClaimStatus.CLOSED);
	}

	@Test
	void theApiAnswersTransfersAndPaymentsWithTheirPendingRequestAndDecides() throws Exception {
		seed("MMRA", "500.00");
		HttpResponse<String> transfer = post("specialist", "/api/v1/clients/lakeview-ortho/claims/MMRA-1/transfers",
				"{\"direction\":\"TO_PATIENT\",\"amount\":200.00,\"reason\":\"Not covered\"}");
		assertThat(transfer.statusCode()).isEqualTo(202);
		assertThat(json.readTree(transfer.body()).get("status").asString()).isEqualTo("PENDING");
		long transferId = json.readTree(transfer.body()).get("id").asLong();

		assertThat(this.api.get("specialist", "/api/v1/clients/lakeview-ortho/approvals").statusCode())
			.as("specialists do not see the approvals queue")
			.isEqualTo(403);
		HttpResponse<String> pending = this.api.get("manager", "/api/v1/clients/lakeview-ortho/approvals");
		assertThat(pending.statusCode()).isEqualTo(200);
		assertThat(pending.body()).contains("\"id\":" + transferId, "TRANSFER_TO_PATIENT");
		assertThat(post("manager", "/api/v1/clients/lakeview-ortho/approvals/" + transferId + "/decision", "{}")
			.statusCode()).as("no decision").isEqualTo(400);
		assertThat(post("manager", "/api/v1/clients/lakeview-ortho/approvals/99999999/decision", "{\"approve\":true}")
			.statusCode()).isEqualTo(404);
		HttpResponse<String> approved = post("manager",
				"/api/v1/clients/lakeview-ortho/approvals/" + transferId + "/decision", "{\"approve\":true}");
		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(claim("MMRA-1").patientBalance()).isEqualByComparingTo("200.00");

		long patient = patientOf("MMRA-1");
		String payments = "/api/v1/clients/lakeview-ortho/patient-accounts/" + patient + "/payments";
		HttpResponse<String> big = post("specialist", payments,
				"{\"amount\":150.00,\"paidOn\":\"" + today() + "\",\"reference\":\"CHK 55\"}");
		assertThat(big.statusCode()).isEqualTo(202);
		assertThat(big.body()).contains("\"status\":\"PENDING_APPROVAL\"");
		assertThat(claim("MMRA-1").patientBalance()).isEqualByComparingTo("200.00");
		HttpResponse<String> small = post("specialist", payments,
				"{\"amount\":10.00,\"paidOn\":\"" + today() + "\",\"reference\":\"CASH 1\"}");
		assertThat(small.statusCode()).isEqualTo(200);
		assertThat(small.body()).contains("\"status\":\"POSTED\"", "\"claimNumber\":\"MMRA-1\"");
		assertThat(claim("MMRA-1").patientBalance()).isEqualByComparingTo("190.00");
		HttpResponse<String> tooMuch = post("specialist", payments,
				"{\"amount\":900.00,\"paidOn\":\"" + today() + "\",\"reference\":\"CHK 56\"}");
		assertThat(tooMuch.statusCode()).isEqualTo(422);
		assertThat(json.readTree(tooMuch.body()).get("field").asString()).isEqualTo("amount");
	}

	@Test
	void theApprovalsPageListsWhatWaitsAndAManagerApprovesThere() {
		seed("MMUI", "640.00");
		MoneyMoveRequest transfer = specialist(() -> this.actions.transferBalance(LAKEVIEW, "MMUI-1",
				TransferDirection.TO_PATIENT, new BigDecimal("40.00"), "Coinsurance per EOB"))
			.orElseThrow();
		MoneyMoveRequest own = manager(() -> this.actions.transferBalance(LAKEVIEW, "MMUI-1",
				TransferDirection.TO_PATIENT, new BigDecimal("60.00"), "Manager's own"))
			.orElseThrow();
		try {
			BrowserlessUi.openAs(this.context, "manager", "ACCOUNT_MANAGER");
			UI.getCurrent().navigate("approvals");
			@SuppressWarnings("unchecked")
			Grid<MoneyMoveRequest> grid = _get(Grid.class, (spec) -> spec.withId("money-move-approvals"));
			List<Long> ids = grid.getGenericDataView().getItems().map(MoneyMoveRequest::id).toList();
			assertThat(ids).contains(transfer.id(), own.id());
			assertThat(decision(grid, ids.indexOf(own.id()), "approve-" + own.id()).isEnabled())
				.as("the manager's own request")
				.isFalse();
			_click(decision(grid, ids.indexOf(transfer.id()), "approve-" + transfer.id()));
			assertThat(grid.getGenericDataView().getItems().map(MoneyMoveRequest::id).toList())
				.doesNotContain(transfer.id())
				.contains(own.id());
		}
		finally {
			BrowserlessUi.close();
		}
		assertThat(claim("MMUI-1").patientBalance()).isEqualByComparingTo("40.00");
	}

	private static Button decision(Grid<MoneyMoveRequest> grid, int row, String id) {
		return GridKt._getCellComponent(grid, row, "decision")
			.getChildren()
			.filter((child) -> child.getId().orElse("").equals(id))
			.map(Button.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private void seed(String prefix, String... charges) {
		X12Builder file = X12Builder.claims837("ACME HEALTH", "ACME1");
		for (int i = 0; i < charges.length; i++) {
			file.claim(prefix + "-" + (i + 1), "P", "1", "20260105", charges[i]);
		}
		AsUser
			.run("admin", "FIRM_ADMIN",
					() -> assertThat(this.imports
						.importFile(LAKEVIEW, prefix + ".837", file.build(LAKEVIEW), ImportProgress.none())
						.status()).isEqualTo(ImportStatus.POSTED));
	}

	/**
	 * A claim of which the patient owes {@code owed}, moved there with a manager's
	 * approval; insurance keeps the rest of the charge.
	 */
	private long patientOwing(String prefix, String charge, String owed) {
		seed(prefix, charge);
		long id = specialist(() -> this.actions.transferBalance(LAKEVIEW, prefix + "-1", TransferDirection.TO_PATIENT,
				new BigDecimal(owed), "Self-pay"))
			.orElseThrow()
			.id();
		manager(() -> this.approvals.decide(LAKEVIEW, id, true, null));
		return patientOf(prefix + "-1");
	}

	private long patientOf(String claimNumber) {
		return TenantContext.callAs(LAKEVIEW,
				() -> this.transaction
					.execute((status) -> this.jdbc.sql("select patient_id from claim where claim_number = :number")
						.param("number", claimNumber)
						.query(Long.class)
						.single()));
	}

	private ClaimDetail claim(String claimNumber) {
		return AsUser.call("admin", "FIRM_ADMIN", () -> this.ledger.claim(LAKEVIEW, claimNumber)).orElseThrow();
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("America/Denver"));
	}

	private static <T> T specialist(Supplier<T> work) {
		return AsUser.call("specialist", "AR_SPECIALIST", work);
	}

	private static <T> T manager(Supplier<T> work) {
		return AsUser.call("manager", "ACCOUNT_MANAGER", work);
	}

	private HttpResponse<String> post(String user, String path, String body) {
		return this.api.send(user,
				HttpRequest.newBuilder(URI.create(this.api.baseUrl() + path))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

}

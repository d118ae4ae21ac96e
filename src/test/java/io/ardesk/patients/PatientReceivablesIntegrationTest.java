package io.ardesk.patients;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.patients.ui.PatientBalancesView;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The patient-balance desk on a real ledger. Patient balances come from 835s whose
 * payment date (BPR16, which becomes the claim's last adjudication) is set so many days
 * before today; each test uses its own claim numbers and patients.
 */
@ArdeskIntegrationTest
class PatientReceivablesIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("lakeview-ortho");

	static final DateTimeFormatter X12_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	static final AtomicInteger TRACES = new AtomicInteger();

	@Autowired
	FileImports imports;

	@Autowired
	PatientReceivables receivables;

	@Autowired
	MoneyMoveApprovals approvals;

	@Autowired
	PatientStatements statements;

	@Autowired
	ClaimLedger ledger;

	@Autowired
	ClientDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@AfterEach
	void ledgerInvariantHoldsForEveryClaim() {
		Long broken = TenantContext.callAs(CLIENT, () -> this.transaction.execute((status) -> this.jdbc
			.sql("select count(*) from claim where billed <> payer_paid + patient_paid + contractual + other_adjusted "
					+ "+ written_off + insurance_balance + patient_balance")
			.query(Long.class)
			.single()));
		assertThat(broken).as("claims breaking the ledger invariant").isZero();
	}

	@Test
	void accountsListEachPatientWithTheirTotalsAndOldestAge() {
		long patient = patientOwing("AC", 40, 10);
		PatientAccount account = account(patient);
		assertThat(account.balance()).isEqualByComparingTo("60.00");
		assertThat(account.claims()).isEqualTo(2);
		assertThat(account.oldestAgeDays()).isEqualTo(40);
		// However old the balance, nothing was sent yet: the first letter is a statement.
		assertThat(account.letters().next()).isEqualTo(ReminderLevel.STATEMENT);
		assertThat(account.letters().letterDue()).isTrue();
		assertThat(account.letters().last()).isNull();
		assertThat(account.activePlan()).isNull();
		assertThat(account.inCollections()).isFalse();
		assertThat(account.name()).isEqualTo("DOE, JANE");
	}

	@Test
	void aPaymentGoesToTheOldestClaimFirst() {
		long patient = patientOwing("PO", 100, 50, 20);
		// Above the small-balance limit: posted once a manager approves it.
		PaymentOutcome outcome = asSpecialist(() -> this.receivables.postPayment(CLIENT, patient,
				new BigDecimal("45.00"), today().minusDays(1), "CHK 1001"));
		assertThat(outcome.pending()).isTrue();
		assertThat(claim("PO-1").patientBalance()).isEqualByComparingTo("30.00");
		AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.approvals.decide(CLIENT, outcome.pendingRequestId(), true, null));
		assertThat(claim("PO-1").patientBalance()).isEqualByComparingTo("0.00");
		assertThat(claim("PO-1").patientPaid()).isEqualByComparingTo("30.00");
		assertThat(claim("PO-2").patientBalance()).isEqualByComparingTo("15.00");
		assertThat(claim("PO-3").patientBalance()).isEqualByComparingTo("30.00");
		assertThat(claim("PO-1").history()).extracting(ClaimDetail.HistoryEntry::kind).contains("PATIENT_PAYMENT");
		assertThat(account(patient).balance()).isEqualByComparingTo("45.00");
		assertThat(account(patient).oldestAgeDays()).isEqualTo(50);
	}

	@Test
	void aPaymentLargerThanThePatientBalanceIsRefused() {
		long patient = patientOwing("OP", 40, 35);
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> asSpecialist(
				() -> this.receivables.postPayment(CLIENT, patient, new BigDecimal("60.01"), today(), "CHK 1")));
		HttpResponse<String> response = post("specialist", patient, "payments",
				"{\"amount\": 60.01, \"paidOn\": \"" + today() + "\", \"reference\": \"CHK 1\"}");
		assertThat(response.statusCode()).as("a business rule, not malformed input").isEqualTo(422);
		assertThat(response.body()).contains("\"field\":\"amount\"");
		assertThat(account(patient).balance()).isEqualByComparingTo("60.00");
	}

	@Test
	void aPaymentPlanIsMissedWhenPaymentsFallBehindTheSchedule() {
		long patient = patientOwing("PP", 70, 60);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> asSpecialist(
				() -> this.receivables.createPlan(CLIENT, patient, new BigDecimal("60.01"), 30, today())));
		// Agreed with a first installment a month ago: two installments are due today.
		PaymentPlan plan = asSpecialist(
				() -> this.receivables.createPlan(CLIENT, patient, new BigDecimal("20.00"), 30, today().minusDays(30)));
		assertThat(plan.total()).isEqualByComparingTo("60.00");
		assertThat(plan.status()).isEqualTo(PaymentPlanStatus.ACTIVE);
		assertThat(plan.missed()).isTrue();
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> asSpecialist(
				() -> this.receivables.createPlan(CLIENT, patient, new BigDecimal("10.00"), 30, today())));

		pay(patient, "20.00");
		assertThat(account(patient).activePlan().missed()).isTrue();
		pay(patient, "20.00");
		PatientAccount onSchedule = account(patient);
		assertThat(onSchedule.activePlan().missed()).isFalse();
		assertThat(onSchedule.activePlan().paidSoFar()).isEqualByComparingTo("40.00");
		pay(patient, "20.00");
		assertThat(asSpecialist(() -> this.receivables.plans(CLIENT, patient))).singleElement()
			.extracting(PaymentPlan::status)
			.isEqualTo(PaymentPlanStatus.COMPLETED);
	}

	@Test
	void collectionsAreRefusedBeforeTheFinalNotice() {
		long patient = patientOwing("CO", 95);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> asSpecialist(
					() -> this.receivables.handOffToCollections(CLIENT, patient, "Summit Recovery", null)))
			.withMessageContaining("final notice");
		HttpResponse<String> refused = post("specialist", patient, "collections", "{\"agency\": \"Summit Recovery\"}");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("final notice");
		assertThat(account(patient).inCollections()).isFalse();
	}

	@Test
	void aViewerReadsAccountsButPostsNoPayments() {
		long patient = patientOwing("VW", 40);
		String viewer = "viewer." + CLIENT.value();
		List<PatientAccount> seen = AsUser.call(viewer, "CLIENT_VIEWER",
				() -> this.receivables.accounts(CLIENT, PatientAccountFilter.all(1000)));
		assertThat(seen).extracting(PatientAccount::patientId).contains(patient);
		assertThatExceptionOfType(ClientAccessDeniedException.class)
			.isThrownBy(() -> AsUser.run(viewer, "CLIENT_VIEWER",
					() -> this.receivables.postPayment(CLIENT, patient, new BigDecimal("1.00"), today(), "CHK 9")));
		assertThat(api().get(viewer, accountsPath()).statusCode()).isEqualTo(200);
		assertThat(post(viewer, patient, "payments",
				"{\"amount\": 1.00, \"paidOn\": \"" + today() + "\", \"reference\": \"CHK 9\"}")
			.statusCode()).isEqualTo(403);
		assertThat(account(patient).balance()).isEqualByComparingTo("30.00");
	}

	@Test
	void anUnassignedSpecialistIsRefused() {
		long patient = patientOwing("UA", 40);
		assertThatExceptionOfType(ClientAccessDeniedException.class).isThrownBy(() -> AsUser.run("specialist2",
				"AR_SPECIALIST", () -> this.receivables.accounts(CLIENT, PatientAccountFilter.all(10))));
		assertThatExceptionOfType(ClientAccessDeniedException.class)
			.isThrownBy(() -> AsUser.run("specialist2", "AR_SPECIALIST", () -> this.statements.send(CLIENT, patient)));
		assertThat(api().get("specialist2", accountsPath()).statusCode()).isEqualTo(404);
		assertThat(post("specialist2", patient, "statements", "").statusCode()).isEqualTo(404);
		assertThat(api().get("specialist2", accountsPath() + "/" + patient + "/statements").statusCode())
			.isEqualTo(404);
	}

	@Test
	void restApiListsPaysPlansAndPrintsStatements() {
		long patient = patientOwing("RA", 65, 5);
		HttpResponse<String> list = api().get("specialist",
				accountsPath() + "?letterDue=STATEMENT&addressMissing=true");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"patientId\":" + patient)
			.contains("\"balance\":60.00")
			.contains("\"addressMissing\":true")
			.contains("\"nextLetter\":\"STATEMENT\"");
		assertThat(api().get("specialist", accountsPath() + "?letterDue=SECOND_NOTICE").statusCode()).isEqualTo(400);

		// The GET that printed and recorded a statement is gone; a letter is a POST, and
		// without a mailing address it is refused naming the address.
		HttpResponse<String> oldGet = api().get("specialist", accountsPath() + "/" + patient + "/statement.pdf");
		assertThat(oldGet.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).doesNotStartWith("application/pdf"));
		assertThat(oldGet.body()).doesNotStartWith("%PDF");
		HttpResponse<String> statement = post("specialist", patient, "statements", "");
		assertThat(statement.statusCode()).isEqualTo(422);
		assertThat(statement.body()).contains("\"field\":\"address\"").contains("no mailing address");
		assertThat(asSpecialist(() -> this.statements.letters(CLIENT, patient))).isEmpty();

		HttpResponse<String> asked = post("specialist", patient, "payments",
				"{\"amount\": 40.00, \"paidOn\": \"" + today() + "\", \"reference\": \"CARD 77\"}");
		assertThat(asked.statusCode()).as("above the small-balance limit").isEqualTo(202);
		assertThat(asked.body()).contains("\"status\":\"PENDING_APPROVAL\"");
		String requestId = asked.body().replaceAll(".*\"requestId\":(\\d+).*", "$1");
		HttpResponse<String> approved = api().send("manager", HttpRequest
			.newBuilder(URI.create(
					api().baseUrl() + "/api/v1/clients/" + CLIENT.value() + "/approvals/" + requestId + "/decision"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"approve\": true}")));
		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(claim("RA-1").patientBalance()).isEqualByComparingTo("0.00");
		assertThat(claim("RA-2").patientBalance()).isEqualByComparingTo("20.00");
		HttpResponse<String> paid = post("specialist", patient, "payments",
				"{\"amount\": 5.00, \"paidOn\": \"" + today() + "\", \"reference\": \"CASH 78\"}");
		assertThat(paid.statusCode()).as("within the limit").isEqualTo(200);
		assertThat(paid.body()).contains("\"status\":\"POSTED\"").contains("\"claimNumber\":\"RA-2\"");

		HttpResponse<String> plan = post("specialist", patient, "payment-plans",
				"{\"installment\": 10.00, \"frequencyDays\": 30, \"firstDue\": \"" + today().plusDays(7) + "\"}");
		assertThat(plan.statusCode()).isEqualTo(201);
		assertThat(plan.body()).contains("\"total\":15.00").contains("\"missed\":false");

		assertThat(post("specialist", 987654321L, "payments",
				"{\"amount\": 1.00, \"paidOn\": \"" + today() + "\", \"reference\": \"X\"}")
			.statusCode()).isEqualTo(404);
		assertThat(post("specialist", patient, "payments", "{\"amount\": 1.00}").statusCode()).isEqualTo(400);
	}

	@Test
	void theViewShowsAccountsToAViewerWithoutActions() {
		long patient = patientOwing("UI", 95);
		try {
			BrowserlessUi.openAs(this.context, "viewer." + CLIENT.value(), "CLIENT_VIEWER");
			UI.getCurrent().navigate(PatientBalancesView.class);
			@SuppressWarnings("unchecked")
			Grid<PatientAccount> grid = _get(Grid.class, (spec) -> spec.withId("patient-accounts-grid"));
			List<PatientAccount> rows = grid.getListDataView().getItems().toList();
			int row = rows.stream().map(PatientAccount::patientId).toList().indexOf(patient);
			assertThat(row).isNotNegative();
			GridKt._clickItem(grid, row);
			_get(Grid.class, (spec) -> spec.withId("patient-claims-grid"));
			_assertNone(Button.class, (spec) -> spec.withId("post-payment"));
			_assertNone(Button.class, (spec) -> spec.withId("hand-off-collections"));
			_assertNone(Button.class, (spec) -> spec.withId("send-letter"));
		}
		finally {
			BrowserlessUi.close();
		}
	}

	/**
	 * A patient owing 30.00 on each of the given claims, whose patient share became known
	 * so many days ago. X12Builder gives each claim its own patient (the account number
	 * is the claim number), so the claims are then put on the first claim's patient, as a
	 * practice management system would have sent them.
	 */
	private long patientOwing(String prefix, int... daysAgo) {
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < daysAgo.length; i++) {
			String number = prefix + "-" + (i + 1);
			numbers.add(number);
			LocalDate adjudicated = today().minusDays(daysAgo[i]);
			importFile(X12Builder.claims837("ACME HEALTH", "ACME1")
				.claim(number, "P", "1", X12_DATE.format(adjudicated.minusDays(10)), "100.00")
				.build(CLIENT));
			byte[] remittance = X12Builder
				.remittance835("ACME HEALTH", "ACME1", "TRN-" + number + "-" + TRACES.incrementAndGet(), "50.00")
				.payment(number, "1", "100.00", "50.00", "30.00", "CO-45:20.00", "PR-2:30.00")
				.build(CLIENT);
			importFile(new String(remittance, StandardCharsets.US_ASCII)
				.replace("*20260210~", "*" + X12_DATE.format(adjudicated) + "~")
				.getBytes(StandardCharsets.US_ASCII));
		}
		return TenantContext.callAs(CLIENT, () -> this.transaction.execute((status) -> {
			long patient = this.jdbc.sql("select patient_id from claim where claim_number = :number")
				.param("number", numbers.getFirst())
				.query(Long.class)
				.single();
			this.jdbc.sql("update claim set patient_id = :patient where claim_number in (:numbers)")
				.param("patient", patient)
				.param("numbers", numbers)
				.update();
			return patient;
		}));
	}

	private void importFile(byte[] content) {
		var result = asSpecialist(() -> this.imports.importFile(CLIENT, "test.x12", content, ImportProgress.none()));
		assertThat(result.status()).isEqualTo(ImportStatus.POSTED);
	}

	/** A payment taken by a specialist, approved by a manager when above the limit. */
	private void pay(long patient, String amount) {
		PaymentOutcome outcome = asSpecialist(
				() -> this.receivables.postPayment(CLIENT, patient, new BigDecimal(amount), today(), "CHK"));
		if (outcome.pending()) {
			AsUser.call("manager", "ACCOUNT_MANAGER",
					() -> this.approvals.decide(CLIENT, outcome.pendingRequestId(), true, null));
		}
	}

	private PatientAccount account(long patient) {
		Map<Long, PatientAccount> accounts = asSpecialist(
				() -> this.receivables.accounts(CLIENT, PatientAccountFilter.all(1000)))
			.stream()
			.collect(Collectors.toMap(PatientAccount::patientId, Function.identity()));
		assertThat(accounts).containsKey(patient);
		return accounts.get(patient);
	}

	private ClaimDetail claim(String number) {
		return asSpecialist(() -> this.ledger.claim(CLIENT, number)).orElseThrow();
	}

	private LocalDate today() {
		return LocalDate.now(this.directory.find(CLIENT).orElseThrow().timeZone());
	}

	private <T> T asSpecialist(java.util.function.Supplier<T> work) {
		return AsUser.call("specialist", "AR_SPECIALIST", work);
	}

	private ApiClient api() {
		return new ApiClient(this.port);
	}

	private String accountsPath() {
		return "/api/v1/clients/" + CLIENT.value() + "/patient-accounts";
	}

	private HttpResponse<String> post(String user, long patient, String action, String json) {
		return api().send(user,
				HttpRequest.newBuilder(URI.create(api().baseUrl() + accountsPath() + "/" + patient + "/" + action))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

}

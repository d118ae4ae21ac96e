package io.ardesk.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import java.net.http.HttpResponse;

import io.ardesk.approvals.MoneyMove;
import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveKind;
import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.claims.ClaimBalanceChanges;
import io.ardesk.claims.CreditBalance;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.test.ApiClient;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.ClaimStatus;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.housekeeping.ClientCheck;
import io.ardesk.portal.ActiveClient;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.LedgerInvariants;
import io.ardesk.test.X12Builder;
import io.ardesk.test.X12Builder.OtherPayer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Coordination of benefits on a real ledger: claims billed to a secondary payer open with
 * what it can still owe, and remittances are posted by the payer's place among the
 * claim's payers. Northside bills secondary payers (the default). Each test uses its own
 * claim numbers; the ledger's rules must hold after every one.
 */
@ArdeskIntegrationTest
class CoordinationOfBenefitsIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("northside-family");

	@Autowired
	FileImports imports;

	@Autowired
	ClaimLedger ledger;

	@Autowired
	ClaimBalanceChanges balances;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	List<ClientCheck> checks;

	@Autowired
	ApplicationContext context;

	@Autowired
	MoneyMoveApprovals approvals;

	@LocalServerPort
	int port;

	@AfterEach
	void ledgerRulesHold() {
		LedgerInvariants.assertHold(CLIENT, this.jdbc, this.transaction, this.checks);
	}

	@Test
	void aSecondaryClaimOpensWithWhatTheSecondaryCanStillOweNotTheFullCharge() {
		// The TR3 example: billed 79.04, the primary paid 39.15, deductible 21.89 and
		// coinsurance 15.00 left to the patient (AMT*EAF 36.89), 3.00 over its fee
		// schedule.
		ImportResult entered = post(X12Builder.claims837("PRAIRIE SUPPLEMENT", "PSUP1")
			.claim("COB-100", "S", "1", "20260105", List.of(new OtherPayer("P", "KEY INSURANCE", "KEY01", "39.15",
					"36.89", "PR-1:21.89", "PR-2:15.00", "CO-42:3.00")), "43.00", "15.00", "21.04"));
		assertThat(entered.claimsCreated()).isEqualTo(1);
		ClaimDetail claim = claim("COB-100");
		assertThat(claim.billed()).isEqualByComparingTo("79.04");
		assertThat(claim.payerPaid()).isEqualByComparingTo("39.15");
		assertThat(claim.contractual()).isEqualByComparingTo("3.00");
		assertThat(claim.insuranceBalance()).isEqualByComparingTo("36.89");
		assertThat(claim.patientBalance()).isEqualByComparingTo("0.00");
		assertThat(claim.responsibility()).isEqualTo("S");
		assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
		assertThat(claim.shares())
			.extracting(ClaimDetail.PayerShare::party, ClaimDetail.PayerShare::payer,
					(share) -> share.paid().toPlainString(), (share) -> share.owed().toPlainString())
			.containsExactly(tuple("Primary", "KEY INSURANCE", "39.15", "0.00"),
					tuple("Secondary", "PRAIRIE SUPPLEMENT", "0.00", "36.89"), tuple("Patient", null, "0.00", "0.00"));

		// The secondary pays 30.00; what the primary covered is OA-23, information only.
		post(X12Builder.remittance835("PRAIRIE SUPPLEMENT", "PSUP1", "TRN-COB-100", "30.00")
			.payment("COB-100", "2", "79.04", "30.00", "6.89", "OA-23:42.15", "PR-2:6.89"));
		ClaimDetail paid = claim("COB-100");
		assertThat(paid.payerPaid()).isEqualByComparingTo("69.15");
		assertThat(paid.contractual()).as("OA-23 is not a second reduction").isEqualByComparingTo("3.00");
		assertThat(paid.insuranceBalance()).isEqualByComparingTo("0.00");
		assertThat(paid.patientBalance()).isEqualByComparingTo("6.89");
		assertThat(paid.status()).isEqualTo(ClaimStatus.PATIENT_BALANCE);
		assertThat(paid.shares())
			.extracting(ClaimDetail.PayerShare::party, (share) -> share.paid().toPlainString(),
					(share) -> share.owed().toPlainString())
			.containsExactly(tuple("Primary", "39.15", "0.00"), tuple("Secondary", "30.00", "0.00"),
					tuple("Patient", "0.00", "6.89"));
		try {
			BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
			this.context.getBean(ActiveClient.class).switchTo(CLIENT);
			UI.getCurrent().navigate("claims/COB-100");
			@SuppressWarnings("unchecked")
			Grid<ClaimDetail.PayerShare> shares = _get(Grid.class, (spec) -> spec.withId("payer-shares"));
			assertThat(shares.getGenericDataView().getItems()).extracting(ClaimDetail.PayerShare::party)
				.containsExactly("Primary", "Secondary", "Patient");
		}
		finally {
			BrowserlessUi.close();
		}
		// Before the secondary's payment date (02/10/2026) the journal still has it open.
		assertThat(asOf("COB-100", LocalDate.of(2026, 2, 9)).insuranceBalance()).isEqualByComparingTo("36.89");
		assertThat(asOf("COB-100", LocalDate.of(2026, 2, 10)).patientBalance()).isEqualByComparingTo("6.89");
	}

	@Test
	void aPrimaryPaymentWithASecondaryOnFileWaitsForTheSecondaryWhichThenPaysIt() {
		post(X12Builder.claims837("MEDICARE PART B", "04412")
			.claim("COB-200", "P", "1", "20260105", List.of(OtherPayer.next("S", "PRAIRIE SUPPLEMENT", "PSUP1")),
					"400.00"));
		post(X12Builder.remittance835("MEDICARE PART B", "04412", "TRN-COB-200A", "240.00")
			.payment("COB-200", "1", "400.00", "240.00", "60.00", "CO-45:100.00", "PR-2:60.00"));
		ClaimDetail awaiting = claim("COB-200");
		assertThat(awaiting.status()).isEqualTo(ClaimStatus.AWAITING_SECONDARY);
		assertThat(awaiting.insuranceBalance()).as("still insurance A/R, of the secondary")
			.isEqualByComparingTo("60.00");
		assertThat(awaiting.awaitingNextPayer()).isEqualByComparingTo("60.00");
		assertThat(awaiting.patientBalance()).isEqualByComparingTo("0.00");

		post(X12Builder.remittance835("PRAIRIE SUPPLEMENT", "PSUP1", "TRN-COB-200B", "60.00")
			.payment("COB-200", "2", "400.00", "60.00", "0.00", "OA-23:340.00"));
		ClaimDetail paid = claim("COB-200");
		assertThat(paid.payerPaid()).isEqualByComparingTo("300.00");
		assertThat(paid.insuranceBalance()).isEqualByComparingTo("0.00");
		assertThat(paid.patientBalance()).isEqualByComparingTo("0.00");
		assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
		assertThat(paid.responsibility()).isEqualTo("S");
		assertThat(paid.shares())
			.extracting(ClaimDetail.PayerShare::party, ClaimDetail.PayerShare::payer,
					(share) -> share.paid().toPlainString())
			.startsWith(tuple("Primary", "MEDICARE PART B", "240.00"),
					tuple("Secondary", "PRAIRIE SUPPLEMENT", "60.00"));
	}

	@Test
	void aSecondaryRemittanceWithoutASecondaryClaimPaysThePatientsShareInsteadOfGoingNegative() {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("COB-300", "P", "1", "20260105", "100.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-COB-300A", "63.11")
			.payment("COB-300", "1", "100.00", "63.11", "36.89", "PR-1:36.89"));
		assertThat(claim("COB-300").patientBalance()).isEqualByComparingTo("36.89");

		// The primary crossed it over without saying so: the secondary pays the
		// patient's share.
		ImportResult secondary = post(X12Builder.remittance835("PRAIRIE SUPPLEMENT", "PSUP1", "TRN-COB-300B", "36.89")
			.payment("COB-300", "2", "100.00", "36.89", "0.00", "OA-23:63.11"));
		assertThat(secondary.warnings()).noneMatch((w) -> w.contains("held"));
		ClaimDetail claim = claim("COB-300");
		assertThat(claim.insuranceBalance()).isEqualByComparingTo("0.00");
		assertThat(claim.patientBalance()).isEqualByComparingTo("0.00");
		assertThat(claim.payerPaid()).isEqualByComparingTo("100.00");
		assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
	}

	@Test
	void aSecondaryPayingAShareThePatientAlreadyPaidLeavesACreditForRefundReview() {
		patientPaidWhatTheSecondaryThenCovered("COB-400");
		ClaimDetail claim = claim("COB-400");
		assertThat(claim.patientBalance()).isEqualByComparingTo("-20.00");
		assertThat(claim.status()).isEqualTo(ClaimStatus.CREDIT_BALANCE);
		assertThat(AsUser.call("specialist", "AR_SPECIALIST", () -> this.ledger.creditBalances(CLIENT)))
			.anySatisfy((credit) -> {
				assertThat(credit.claimNumber()).isEqualTo("COB-400");
				assertThat(credit.owedTo()).isEqualTo(ResponsibleParty.PATIENT);
				assertThat(credit.amount()).isEqualByComparingTo("20.00");
			});
		// Refunding the patient is a money move: recorded by the specialist, it changes
		// nothing until someone else approves it; then it clears the credit.
		MoneyMoveRequest refund = AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.approvals.submit(CLIENT, MoneyMove.refund("COB-400", ResponsibleParty.PATIENT,
						new BigDecimal("20.00"), "CHK 1001", "Secondary covered the coinsurance")));
		assertThat(refund.status()).isEqualTo(MoneyMoveRequest.Status.PENDING);
		assertThat(claim("COB-400").patientBalance()).isEqualByComparingTo("-20.00");
		assertThatThrownBy(() -> AsUser.run("specialist", "AR_SPECIALIST",
				() -> this.approvals.decide(CLIENT, refund.id(), true, null)))
			.isInstanceOf(ClientAccessDeniedException.class);
		AsUser.run("manager", "ACCOUNT_MANAGER", () -> this.approvals.decide(CLIENT, refund.id(), true, null));
		assertThat(claim("COB-400").patientBalance()).isEqualByComparingTo("0.00");
		assertThat(claim("COB-400").status()).isEqualTo(ClaimStatus.PAID);
		assertThat(AsUser.call("specialist", "AR_SPECIALIST", () -> this.ledger.creditBalances(CLIENT)))
			.noneMatch((credit) -> credit.claimNumber().equals("COB-400"));
	}

	@Test
	void aRefundAskedForThroughTheApiOrThePageWaitsForASecondPerson() throws Exception {
		patientPaidWhatTheSecondaryThenCovered("COB-410");
		assertThat(claim("COB-410").patientBalance()).isEqualByComparingTo("-20.00");
		ApiClient api = new ApiClient(this.port);
		String refunds = "/api/v1/clients/northside-family/claims/COB-410/refunds";

		HttpResponse<String> noReference = api.postJson("specialist", refunds,
				"{\"owedTo\":\"PATIENT\",\"amount\":20.00}");
		assertThat(noReference.statusCode()).isEqualTo(400);
		assertThat(noReference.body()).contains("\"field\":\"reference\"");
		HttpResponse<String> tooMuch = api.postJson("specialist", refunds,
				"{\"owedTo\":\"PATIENT\",\"amount\":25.00,\"reference\":\"CHK 1002\"}");
		assertThat(tooMuch.statusCode()).isEqualTo(422);
		assertThat(tooMuch.body()).contains("\"field\":\"amount\"", "$20.00");
		HttpResponse<String> toThePayer = api.postJson("specialist", refunds,
				"{\"owedTo\":\"INSURANCE\",\"amount\":5.00,\"reference\":\"EFT 9\"}");
		assertThat(toThePayer.statusCode()).as("nothing is owed back to the payer").isEqualTo(422);
		assertThat(api
			.postJson("viewer.northside-family", refunds,
					"{\"owedTo\":\"PATIENT\",\"amount\":20.00,\"reference\":\"CHK 1002\"}")
			.statusCode()).as("a client viewer moves no money").isEqualTo(403);

		// Recorded on the credit balances page: the row then says a refund waits.
		try {
			BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
			this.context.getBean(ActiveClient.class).switchTo(CLIENT);
			UI.getCurrent().navigate("claims/credit-balances");
			@SuppressWarnings("unchecked")
			Grid<CreditBalance> grid = _get(Grid.class, (spec) -> spec.withId("credit-balances"));
			int row = grid.getGenericDataView().getItems().map(CreditBalance::claimNumber).toList().indexOf("COB-410");
			_click((Button) GridKt._getCellComponent(grid, row, "refund"));
			_click(_get(Button.class, (spec) -> spec.withId("refund-send")));
			assertThat(_get(TextField.class, (spec) -> spec.withId("refund-reference")).getErrorMessage())
				.as("shown next to the field")
				.contains("check number");
			_setValue(_get(TextField.class, (spec) -> spec.withId("refund-reference")), "CHK 1002");
			_click(_get(Button.class, (spec) -> spec.withId("refund-send")));
			assertThat(GridKt._getCellComponent(grid, row, "refund")).isInstanceOf(Span.class);
			assertThat(((Span) GridKt._getCellComponent(grid, row, "refund")).getText()).isEqualTo("Approval pending");
		}
		finally {
			BrowserlessUi.close();
		}
		assertThat(claim("COB-410").patientBalance()).as("nothing posted before the approval")
			.isEqualByComparingTo("-20.00");
		assertThat(
				AsUser.call("specialist", "AR_SPECIALIST", () -> this.approvals.pending(CLIENT, MoneyMoveKind.REFUND)))
			.as("the page's read of the waiting refunds")
			.anyMatch((request) -> "COB-410".equals(request.move().claimNumber()));
		assertThatThrownBy(() -> AsUser.call("viewer.northside-family", "CLIENT_VIEWER",
				() -> this.approvals.pending(CLIENT, MoneyMoveKind.REFUND)))
			.as("who asked for a refund is the firm's business, not the practice's")
			.isInstanceOf(ClientAccessDeniedException.class);
		HttpResponse<String> again = api.postJson("specialist", refunds,
				"{\"owedTo\":\"PATIENT\",\"amount\":20.00,\"reference\":\"CHK 1003\"}");
		assertThat(again.statusCode()).as("a second refund of the same credit while one waits").isEqualTo(409);
		assertThat(again.body()).contains("already waits for approval");

		HttpResponse<String> pending = api.get("manager", "/api/v1/clients/northside-family/approvals");
		assertThat(pending.statusCode()).isEqualTo(200);
		assertThat(pending.body()).contains("\"kind\":\"REFUND\"", "CHK 1002");
		long id = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.approvals.pending(CLIENT))
			.stream()
			.filter((request) -> "COB-410".equals(request.move().claimNumber()))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(api
			.postJson("specialist", "/api/v1/clients/northside-family/approvals/" + id + "/decision",
					"{\"approve\":true}")
			.statusCode()).as("the requester does not approve").isEqualTo(403);
		assertThat(api
			.postJson("manager", "/api/v1/clients/northside-family/approvals/" + id + "/decision", "{\"approve\":true}")
			.statusCode()).isEqualTo(200);
		assertThat(claim("COB-410").patientBalance()).isEqualByComparingTo("0.00");
		assertThat(AsUser.call("specialist", "AR_SPECIALIST", () -> this.ledger.creditBalances(CLIENT)))
			.noneMatch((credit) -> credit.claimNumber().equals("COB-410"));
	}

	@Test
	void aCrossoverMarksTheClaimAtTheSecondaryWithoutABill() {
		post(X12Builder.claims837("MEDICARE PART B", "04412").claim("COB-500", "P", "1", "20260105", "100.00"));
		post(X12Builder.remittance835("MEDICARE PART B", "04412", "TRN-COB-500A", "80.00")
			.payment("COB-500", "19", "100.00", "80.00", "10.00", "CO-45:10.00", "PR-2:10.00"));
		ClaimDetail forwarded = claim("COB-500");
		assertThat(forwarded.status()).isEqualTo(ClaimStatus.FORWARDED);
		assertThat(forwarded.status().label()).isEqualTo("At secondary (crossover)");
		assertThat(forwarded.insuranceBalance()).isEqualByComparingTo("10.00");
		assertThat(forwarded.patientBalance()).isEqualByComparingTo("0.00");
		ImportResult rebilled = post(
				X12Builder.claims837("PRAIRIE SUPPLEMENT", "PSUP1").claim("COB-500", "S", "1", "20260105", "100.00"));
		assertThat(rebilled.warnings()).anySatisfy((w) -> assertThat(w).contains("COB-500", "crossed over"));
		post(X12Builder.remittance835("PRAIRIE SUPPLEMENT", "PSUP1", "TRN-COB-500B", "10.00")
			.payment("COB-500", "2", "100.00", "10.00", "0.00", "OA-23:90.00"));
		assertThat(claim("COB-500").status()).isEqualTo(ClaimStatus.PAID);
	}

	@Test
	void aCsvSecondaryClaimCarriesThePriorPayersAmounts() {
		String csv = "claim_number,patient_account,patient_last_name,payer_name,responsibility,billing_npi,"
				+ "service_date_from,procedure_code,line_charge,prior_payer_paid,prior_payer_adjusted,"
				+ "patient_responsibility\n"
				+ "COB-600,ACC-600,DOE,PRAIRIE SUPPLEMENT,S,1167204316,2026-01-05,99213,120.00,105.00,,15.00\n";
		ImportResult result = AsUser.call("specialist", "AR_SPECIALIST", () -> this.imports.importFile(CLIENT,
				"secondary.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), ImportProgress.none()));
		assertThat(result.status()).as(String.valueOf(result.errors())).isEqualTo(ImportStatus.POSTED);
		ClaimDetail claim = claim("COB-600");
		assertThat(claim.billed()).isEqualByComparingTo("120.00");
		assertThat(claim.payerPaid()).isEqualByComparingTo("105.00");
		assertThat(claim.insuranceBalance()).as("not the full 120.00").isEqualByComparingTo("15.00");
	}

	/**
	 * A claim of $100.00: the primary pays 80.00 leaving 20.00 coinsurance, the patient
	 * pays it, then the secondary pays the same 20.00: $20.00 owed back to the patient.
	 */
	private void patientPaidWhatTheSecondaryThenCovered(String claimNumber) {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim(claimNumber, "P", "1", "20260105", "100.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-" + claimNumber + "A", "80.00")
			.payment(claimNumber, "1", "100.00", "80.00", "20.00", "PR-2:20.00"));
		AsUser.run("specialist", "AR_SPECIALIST", () -> this.balances.postPatientPayment(CLIENT, claimNumber,
				new BigDecimal("20.00"), LocalDate.of(2026, 2, 15), "CHK " + claimNumber));
		post(X12Builder.remittance835("PRAIRIE SUPPLEMENT", "PSUP1", "TRN-" + claimNumber + "B", "20.00")
			.payment(claimNumber, "2", "100.00", "20.00", "0.00", "OA-23:80.00"));
	}

	private ImportResult post(X12Builder file) {
		ImportResult result = AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.imports.importFile(CLIENT, "cob.x12", file.build(CLIENT), ImportProgress.none()));
		assertThat(result.status()).as(String.valueOf(result.errors())).isEqualTo(ImportStatus.POSTED);
		return result;
	}

	private ClaimDetail claim(String number) {
		return AsUser.call("specialist", "AR_SPECIALIST", () -> this.ledger.claim(CLIENT, number)).orElseThrow();
	}

	private io.ardesk.claims.LedgerBalances asOf(String number, LocalDate date) {
		return AsUser.call("specialist", "AR_SPECIALIST", () -> this.ledger.balancesAsOf(CLIENT, number, date))
			.orElseThrow();
	}

}

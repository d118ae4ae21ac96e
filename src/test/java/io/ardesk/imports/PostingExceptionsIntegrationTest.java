package io.ardesk.imports;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.ClaimStatus;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.housekeeping.ClientCheck;
import io.ardesk.remittance.PostingException;
import io.ardesk.remittance.PostingExceptionKind;
import io.ardesk.remittance.PostingExceptionStatus;
import io.ardesk.remittance.PostingExceptions;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ApiClient;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.BrowserlessUi;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.LedgerInvariants;
import io.ardesk.test.X12Builder;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Balanced or held: a claim payment that does not balance, a reversal without its
 * original, or one that would make a balance negative is not posted; it waits in the
 * posting exceptions for a person, and its claim is left as it was. Denials always stay
 * open. Each test uses its own claim numbers; the ledger's rules must hold after every
 * one.
 */
@ArdeskIntegrationTest
class PostingExceptionsIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("lakeview-ortho");

	@Autowired
	FileImports imports;

	@Autowired
	ClaimLedger ledger;

	@Autowired
	PostingExceptions exceptions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	List<ClientCheck> checks;

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
	void ledgerRulesHold() {
		LedgerInvariants.assertHold(CLIENT, this.jdbc, this.transaction, this.checks);
	}

	@Test
	void aClaimLevelPatientShareRepeatingTheLineLevelOnesIsHeldAndPostedCorrected() {
		post(claims().claim("EX-100", "P", "1", "20260105", "999.00"));
		ImportResult result = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-100", "499.50")
			.payment("EX-100", "1", "999.00", "499.50", "399.75", "PR-1:399.75")
			.then("SVC*HC:99211*999.00*499.50**1", "DTM*472*20260105", "CAS*CO*45*99.75", "CAS*PR*1*399.75"));
		assertThat(result.warnings()).anySatisfy((w) -> assertThat(w).contains("1 claim payment(s) held"));
		ClaimDetail untouched = claim("EX-100");
		assertThat(untouched.insuranceBalance()).isEqualByComparingTo("999.00");
		assertThat(untouched.payerPaid()).isEqualByComparingTo("0.00");
		assertThat(untouched.payments()).as("a held payment is not the claim's").isEmpty();
		PostingException held = open("EX-100");
		assertThat(held.kind()).isEqualTo(PostingExceptionKind.OUT_OF_BALANCE);
		assertThat(held.payment().payer()).isEqualTo("ACME HEALTH");
		assertThat(held.payment().traceNumber()).isEqualTo("TRN-EX-100");
		assertThat(held.problem()).contains("$999.00", "$499.50", "claim level $399.75", "off by $399.75");
		assertThat(held.difference()).isEqualByComparingTo("399.75");

		assertThatThrownBy(() -> asSpecialist(() -> this.exceptions.postCorrected(CLIENT, held.id(),
				new PostingExceptions.CorrectedAmounts(new BigDecimal("499.50"), new BigDecimal("99.75"),
						BigDecimal.ZERO, new BigDecimal("399.75"), new BigDecimal("1.00")),
				null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("add up to $1,000.00");
		asSpecialist(() -> this.exceptions.postCorrected(CLIENT, held.id(),
				new PostingExceptions.CorrectedAmounts(new BigDecimal("499.50"), new BigDecimal("99.75"),
						BigDecimal.ZERO, new BigDecimal("399.75"), BigDecimal.ZERO),
				"claim-level PR repeated the line's"));
		ClaimDetail corrected = claim("EX-100");
		assertThat(corrected.payerPaid()).isEqualByComparingTo("499.50");
		assertThat(corrected.contractual()).isEqualByComparingTo("99.75");
		assertThat(corrected.insuranceBalance()).isEqualByComparingTo("0.00");
		assertThat(corrected.patientBalance()).isEqualByComparingTo("399.75");
		assertThat(resolved(held.id()).status()).isEqualTo(PostingExceptionStatus.POSTED_CORRECTED);
		assertThat(resolved(held.id()).resolution().by()).isEqualTo("specialist");
		assertThat(journalKinds("EX-100")).containsExactly("OPENED", "EXCEPTION_RESOLUTION");
	}

	@Test
	void aPatientResponsibilityThatIsNotThePatientAdjustmentsIsHeldAndCanBePostedAsIs() {
		post(claims().claim("EX-200", "P", "1", "20260105", "100.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-200", "70.00")
			.payment("EX-200", "1", "100.00", "70.00", "50.00", "PR-1:30.00"));
		PostingException held = open("EX-200");
		assertThat(held.problem()).contains("CLP05", "$50.00", "$30.00", "off by $20.00");
		assertThat(claim("EX-200").insuranceBalance()).isEqualByComparingTo("100.00");
		asSpecialist(() -> this.exceptions.postAsIs(CLIENT, held.id(), "the PR adjustments are right"));
		ClaimDetail posted = claim("EX-200");
		assertThat(posted.patientBalance()).isEqualByComparingTo("30.00");
		assertThat(posted.insuranceBalance()).isEqualByComparingTo("0.00");
		assertThat(posted.payments()).hasSize(1);
	}

	@Test
	void aCorrectionGroupDenialStaysOpenWithItsCategory() {
		post(claims().claim("EX-300", "P", "1", "20260105", "500.00").claim("EX-301", "P", "1", "20260105", "200.00"));
		ImportResult result = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-300", "0.00")
			.payment("EX-300", "4", "500.00", "0.00", "0.00", "CR-16:500.00")
			.payment("EX-301", "1", "200.00", "0.00", "0.00", "CR-197:200.00"));
		assertThat(result.denials()).isEqualTo(2);
		ClaimDetail denied = claim("EX-300");
		assertThat(denied.status()).isEqualTo(ClaimStatus.DENIED);
		assertThat(denied.insuranceBalance()).isEqualByComparingTo("500.00");
		assertThat(denied.deniedOpen()).isEqualByComparingTo("500.00");
		assertThat(denied.denialCategory()).isEqualTo("MISSING_INFORMATION");
		ClaimDetail zeroPay = claim("EX-301");
		assertThat(zeroPay.status()).isEqualTo(ClaimStatus.DENIED);
		assertThat(zeroPay.deniedOpen()).isEqualByComparingTo("200.00");
		assertThat(zeroPay.otherAdjusted()).as("not written off as a correction").isEqualByComparingTo("0.00");
	}

	@Test
	void aLaterPartialDenialAddsToTheOpenDeniedAmountAndKeepsEachLinesReason() {
		post(claims().claim("EX-400", "P", "1", "20260105", "100.00", "100.00", "100.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-400A", "80.00")
			.payment("EX-400", "1", "200.00", "80.00", "0.00")
			.then("SVC*HC:99211*100.00*0.00**1", "CAS*CO*197*100.00", "SVC*HC:99212*100.00*80.00**1",
					"CAS*CO*45*20.00"));
		assertThat(claim("EX-400").deniedOpen()).isEqualByComparingTo("100.00");
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-400B", "0.00")
			.payment("EX-400", "1", "100.00", "0.00", "0.00")
			.then("SVC*HC:99213*100.00*0.00**1", "CAS*CO*50*100.00"));
		ClaimDetail claim = claim("EX-400");
		assertThat(claim.insuranceBalance()).isEqualByComparingTo("200.00");
		assertThat(claim.deniedOpen()).as("both denials are open, not only the latest").isEqualByComparingTo("200.00");
		assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
		assertThat(claim.denialCategory()).isEqualTo("AUTHORIZATION");
		assertThat(claim.openDenials()).extracting(ClaimDetail.OpenDenial::reason, (d) -> d.amount().toPlainString())
			.containsExactly(org.assertj.core.api.Assertions.tuple("CO-197", "100.00"),
					org.assertj.core.api.Assertions.tuple("CO-50", "100.00"));
	}

	@Test
	void aReversalOfAPaymentNeverPostedIsHeldAndTheClaimLeftAlone() {
		post(claims().claim("EX-500", "P", "1", "20260105", "300.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-500A", "200.00")
			.payment("EX-500", "1", "300.00", "200.00", "0.00", "CO-45:100.00"));
		ImportResult reversal = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-500B", "-42.58")
			.payment("EX-500", "22", "-300.00", "-42.58", "0.00", "CO-45:-257.42"));
		assertThat(reversal.reversals()).isEqualTo(1);
		ClaimDetail claim = claim("EX-500");
		assertThat(claim.payerPaid()).isEqualByComparingTo("200.00");
		assertThat(claim.insuranceBalance()).isEqualByComparingTo("0.00");
		PostingException held = open("EX-500");
		assertThat(held.kind()).isEqualTo(PostingExceptionKind.ORPHAN_REVERSAL);
		assertThatThrownBy(() -> asSpecialist(() -> this.exceptions.dismiss(CLIENT, held.id(), " ")))
			.isInstanceOf(InvalidInputException.class);
		asSpecialist(() -> this.exceptions.dismiss(CLIENT, held.id(), "Payer confirmed it was sent in error"));
		assertThat(resolved(held.id()).status()).isEqualTo(PostingExceptionStatus.DISMISSED);
		assertThat(claim("EX-500").payerPaid()).isEqualByComparingTo("200.00");
	}

	@Test
	void aReversalAndItsCorrectionInOneFileTakeBackExactlyTheOriginal() {
		post(claims().claim("EX-600", "P", "1", "20260105", "300.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-600A", "200.00")
			.payment("EX-600", "1", "300.00", "200.00", "50.00", "CO-45:50.00", "PR-2:50.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-600B", "20.00")
			.payment("EX-600", "22", "-300.00", "-200.00", "-50.00", "CO-45:-50.00", "PR-2:-50.00")
			.payment("EX-600", "1", "300.00", "220.00", "50.00", "CO-45:30.00", "PR-2:50.00"));
		ClaimDetail claim = claim("EX-600");
		assertThat(claim.payerPaid()).isEqualByComparingTo("220.00");
		assertThat(claim.contractual()).isEqualByComparingTo("30.00");
		assertThat(claim.patientBalance()).isEqualByComparingTo("50.00");
		assertThat(claim.insuranceBalance()).isEqualByComparingTo("0.00");
		assertThat(journalKinds("EX-600")).containsExactly("OPENED", "ADJUDICATION", "REVERSAL", "ADJUDICATION");
		// The original is taken back once: the same reversal again has nothing to take.
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-600C", "-200.00")
			.payment("EX-600", "22", "-300.00", "-200.00", "-50.00", "CO-45:-50.00", "PR-2:-50.00"));
		assertThat(open("EX-600").kind()).isEqualTo(PostingExceptionKind.ORPHAN_REVERSAL);
		assertThat(claim("EX-600").payerPaid()).isEqualByComparingTo("220.00");
	}

	@Test
	void anAdjustmentThatWouldMakeTheBalanceNegativeIsHeldButADuplicatePaymentBecomesACredit() {
		post(claims().claim("EX-700", "P", "1", "20260105", "100.00").claim("EX-701", "P", "1", "20260105", "100.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-700A", "180.00")
			.payment("EX-700", "1", "100.00", "80.00", "0.00", "CO-45:20.00")
			.payment("EX-701", "1", "100.00", "100.00", "0.00"));
		// Zero pay, only an adjustment, on a claim already settled: no money to refund.
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-700B", "0.00")
			.payment("EX-700", "1", "100.00", "0.00", "0.00", "CO-45:100.00"));
		assertThat(open("EX-700").kind()).isEqualTo(PostingExceptionKind.NEGATIVE_BALANCE);
		assertThat(open("EX-700").problem()).contains("insurance balance at -$100.00");
		assertThat(claim("EX-700").insuranceBalance()).isEqualByComparingTo("0.00");
		// The payer paid the same claim twice: a true overpayment, owed back.
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-701B", "100.00")
			.payment("EX-701", "1", "100.00", "100.00", "0.00"));
		ClaimDetail overpaid = claim("EX-701");
		assertThat(overpaid.insuranceBalance()).isEqualByComparingTo("-100.00");
		assertThat(overpaid.status()).isEqualTo(ClaimStatus.CREDIT_BALANCE);
		assertThat(asSpecialist(() -> this.ledger.creditBalances(CLIENT))).anySatisfy((credit) -> {
			assertThat(credit.claimNumber()).isEqualTo("EX-701");
			assertThat(credit.owedTo()).isEqualTo(ResponsibleParty.INSURANCE);
			assertThat(credit.amount()).isEqualByComparingTo("100.00");
		});
	}

	@Test
	void aThirtyCharacterRemarkCodePosts() {
		post(claims().claim("EX-800", "P", "1", "20260105", "100.00"));
		String remark = "N" + "1234567890".repeat(2) + "123456789";
		ImportResult result = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-800", "90.00")
			.payment("EX-800", "1", "100.00", "90.00", "0.00")
			.then("SVC*HC:99211*100.00*90.00**1", "CAS*CO*45*10.00", "LQ*HE*" + remark));
		assertThat(remark).hasSize(30);
		assertThat(result.errors()).isEmpty();
		assertThat(claim("EX-800").payments().getFirst().remarks()).extracting(ClaimDetail.Remark::code)
			.containsExactly(remark);
	}

	@Test
	void aRemarkCodeLongerThanTheStandardIsRefusedNamingWhereItIs() {
		post(claims().claim("EX-900", "P", "1", "20260105", "100.00"));
		ImportResult result = AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.imports.importFile(CLIENT, "long-remark.835",
						X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-900", "90.00")
							.payment("EX-900", "1", "100.00", "90.00", "0.00")
							.then("SVC*HC:99211*100.00*90.00**1", "CAS*CO*45*10.00", "LQ*HE*" + "X".repeat(31))
							.build(CLIENT),
						ImportProgress.none()));
		assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(result.errors()).singleElement().satisfies((error) -> {
			// The reader refuses it at the LQ segment that carries it (X12 5010: AN
			// 1-30).
			assertThat(error.segment()).isEqualTo("LQ");
			assertThat(error.position()).isPositive();
			assertThat(error.message()).contains("remark code", "31 characters", "at most 30")
				.doesNotContain("ERROR:", "character varying");
		});
		assertThat(claim("EX-900").payerPaid()).isEqualByComparingTo("0.00");
	}

	@Test
	void theViewListsHeldPaymentsForStaffAndIsClosedToViewers() {
		post(claims().claim("EX-1000", "P", "1", "20260105", "100.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-EX-1000", "70.00")
			.payment("EX-1000", "1", "100.00", "70.00", "10.00", "PR-1:20.00"));
		try {
			BrowserlessUi.openAs(this.context, "specialist", "AR_SPECIALIST");
			UI.getCurrent().navigate("remittance/exceptions");
			@SuppressWarnings("unchecked")
			Grid<PostingException> grid = _get(Grid.class, (spec) -> spec.withId("posting-exceptions"));
			assertThat(grid.getGenericDataView().getItems()).anySatisfy((held) -> {
				assertThat(held.claimNumber()).isEqualTo("EX-1000");
				assertThat(held.payment().traceNumber()).isEqualTo("TRN-EX-1000");
			});
			assertThat(_get(Span.class, (spec) -> spec.withId("posting-exceptions-count")).getText()).endsWith("open");
		}
		finally {
			BrowserlessUi.close();
		}
		try {
			BrowserlessUi.openAs(this.context, "viewer.lakeview-ortho", "CLIENT_VIEWER");
			assertThatThrownBy(() -> UI.getCurrent().navigate("remittance/exceptions"))
				.isInstanceOf(MockAccessDeniedException.class);
		}
		finally {
			BrowserlessUi.close();
		}
	}

	@Test
	void viewersNeverSeePostingExceptionsAndTheRestAnswersStaff() {
		assertThatThrownBy(
				() -> AsUser.call("viewer.lakeview-ortho", "CLIENT_VIEWER", () -> this.exceptions.list(CLIENT, true)))
			.isInstanceOf(ClientAccessDeniedException.class);
		assertThat(
				this.api.get("viewer.lakeview-ortho", "/api/v1/clients/lakeview-ortho/posting-exceptions").statusCode())
			.isEqualTo(403);
		assertThat(this.api.get("specialist2", "/api/v1/clients/lakeview-ortho/posting-exceptions").statusCode())
			.as("a specialist not assigned to the client: the same 404 as an unknown client")
			.isEqualTo(404);
		HttpResponse<String> list = this.api.get("specialist", "/api/v1/clients/lakeview-ortho/posting-exceptions");
		assertThat(list.statusCode()).isEqualTo(200);
		HttpResponse<String> bad = this.api.get("specialist",
				"/api/v1/clients/lakeview-ortho/posting-exceptions?status=NOPE");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("\"field\":\"status\"");
		HttpResponse<String> missing = this.api.postJson("specialist",
				"/api/v1/clients/lakeview-ortho/posting-exceptions/999999/dismiss", "{\"reason\":\"x\"}");
		assertThat(missing.statusCode()).isEqualTo(404);
	}

	private X12Builder claims() {
		return X12Builder.claims837("ACME HEALTH", "ACME1");
	}

	private ImportResult post(X12Builder file) {
		ImportResult result = AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.imports.importFile(CLIENT, "test.x12", file.build(CLIENT), ImportProgress.none()));
		assertThat(result.status()).as(String.valueOf(result.errors())).isEqualTo(ImportStatus.POSTED);
		return result;
	}

	private ClaimDetail claim(String number) {
		return asSpecialist(() -> this.ledger.claim(CLIENT, number)).orElseThrow();
	}

	private PostingException open(String claimNumber) {
		return asSpecialist(() -> this.exceptions.list(CLIENT, true)).stream()
			.filter((e) -> claimNumber.equals(e.claimNumber()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no open posting exception for " + claimNumber));
	}

	private PostingException resolved(long id) {
		return asSpecialist(() -> this.exceptions.list(CLIENT, false)).stream()
			.filter((e) -> e.id() == id)
			.findFirst()
			.orElseThrow();
	}

	private List<String> journalKinds(String claimNumber) {
		return TenantContext.callAs(CLIENT, () -> this.transaction.execute((status) -> this.jdbc
			.sql("select j.kind from claim_journal j join claim c on c.id = j.claim_id where c.claim_number = ? "
					+ "order by j.id")
			.param(claimNumber)
			.query(String.class)
			.list()));
	}

	private static <T> T asSpecialist(java.util.function.Supplier<T> work) {
		return AsUser.call("specialist", "AR_SPECIALIST", work);
	}

	private static void asSpecialist(Runnable work) {
		AsUser.run("specialist", "AR_SPECIALIST", work);
	}

}

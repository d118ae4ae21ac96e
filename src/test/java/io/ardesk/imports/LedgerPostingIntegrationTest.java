package io.ardesk.imports;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.ClaimStatus;
import io.ardesk.remittance.RemittanceQueries;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posting scenarios on a real ledger. Each test uses its own claim numbers, and after
 * every test the ledger invariant must hold for every claim of the client.
 */
@ArdeskIntegrationTest
class LedgerPostingIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("northside-family");

	@Autowired
	FileImports imports;

	@Autowired
	ClaimLedger ledger;

	@Autowired
	RemittanceQueries remittances;

	@Autowired
	io.ardesk.remittance.UnmatchedPayments unmatched;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void ledgerInvariantHoldsForEveryClaim() {
		Long broken = TenantContext.callAs(CLIENT, () -> this.transaction.execute((status) -> this.jdbc
			.sql("select count(*) from claim where billed <> payer_paid + patient_paid + contractual + other_adjusted "
					+ "+ written_off + insurance_balance + patient_balance or denied_open > greatest(insurance_balance, 0)")
			.query(Long.class)
			.single()));
		assertThat(broken).as("claims breaking the ledger invariant").isZero();
	}

	@Test
	void paymentWithPatientResponsibilityMovesItToThePatientBalance() {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("PR-100", "P", "1", "20260105", "200.00"));
		ImportResult result = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-PR-100", "120.00")
			.payment("PR-100", "1", "200.00", "120.00", "30.00", "CO-45:50.00", "PR-2:30.00"));
		assertThat(result.status()).isEqualTo(ImportStatus.POSTED);
		assertThat(result.paymentsPosted()).isEqualTo(1);
		ClaimDetail claim = claim("PR-100");
		assertThat(claim.payerPaid()).isEqualByComparingTo("120.00");
		assertThat(claim.contractual()).isEqualByComparingTo("50.00");
		assertThat(claim.insuranceBalance()).isEqualByComparingTo("0.00");
		assertThat(claim.patientBalance()).isEqualByComparingTo("30.00");
		assertThat(claim.status()).isEqualTo(ClaimStatus.PATIENT_BALANCE);
		assertThat(claim.payments().getFirst().adjustments()).extracting(ClaimDetail.Adjustment::description)
			.anySatisfy((text) -> assertThat(text).startsWith("CO-45"));
		assertThat(claim.history()).extracting(ClaimDetail.HistoryEntry::kind).contains("CREATED", "ADJUDICATION");
	}

	@Test
	void zeroPayDenialIsDeniedAndStaysOpenInTheInsuranceBalance() {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("DN-200", "P", "1", "20260105", "500.00"));
		ImportResult result = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-DN-200", "0.00")
			.payment("DN-200", "4", "500.00", "0.00", "0.00", "CO-197:500.00"));
		assertThat(result.denials()).isEqualTo(1);
		ClaimDetail claim = claim("DN-200");
		assertThat(claim.status()).isEqualTo(ClaimStatus.DENIED);
		assertThat(claim.insuranceBalance()).isEqualByComparingTo("500.00");
		assertThat(claim.deniedOpen()).isEqualByComparingTo("500.00");
		assertThat(claim.denialCategory()).isEqualTo("AUTHORIZATION");
		// A commercial payer allows 180 days to appeal from the remittance of 02/10/2026.
		assertThat(claim.deadlineKind()).isEqualTo("APPEAL");
		assertThat(claim.deadline()).isEqualTo(java.time.LocalDate.of(2026, 2, 10).plusDays(180));
		var row = AsUser
			.call("specialist", "AR_SPECIALIST",
					() -> this.ledger.claims(CLIENT,
							new io.ardesk.claims.ClaimFilter(null, null, null, "DN-200", false), null, 5))
			.getFirst();
		assertThat(row.deadline()).isEqualTo(claim.deadline());
	}

	@Test
	void zeroPaymentAllPatientResponsibilityIsNotADenial() {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("ZP-300", "P", "1", "20260105", "150.00"));
		ImportResult result = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-ZP-300", "0.00")
			.payment("ZP-300", "1", "150.00", "0.00", "100.00", "CO-45:50.00", "PR-1:100.00"));
		assertThat(result.denials()).isZero();
		ClaimDetail claim = claim("ZP-300");
		assertThat(claim.status()).isEqualTo(ClaimStatus.PATIENT_BALANCE);
		assertThat(claim.patientBalance()).isEqualByComparingTo("100.00");
		assertThat(claim.deniedOpen()).isEqualByComparingTo("0");
	}

	@Test
	void reversalThenCorrectedPaymentLeavesOnlyTheCorrection() {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("RV-400", "P", "1", "20260105", "300.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-RV-400A", "200.00")
			.payment("RV-400", "1", "300.00", "200.00", "0.00", "CO-45:100.00"));
		ImportResult corrected = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-RV-400B", "-20.00")
			.payment("RV-400", "22", "-300.00", "-200.00", "0.00", "CO-45:-100.00")
			.payment("RV-400", "1", "300.00", "180.00", "0.00", "CO-45:120.00"));
		assertThat(corrected.reversals()).isEqualTo(1);
		ClaimDetail claim = claim("RV-400");
		assertThat(claim.payerPaid()).isEqualByComparingTo("180.00");
		assertThat(claim.contractual()).isEqualByComparingTo("120.00");
		assertThat(claim.insuranceBalance()).isEqualByComparingTo("0.00");
		assertThat(claim.status()).isEqualTo(ClaimStatus.PAID);
		assertThat(claim.payments()).hasSize(3);
	}

	@Test
	void secondaryAfterPrimaryBillsTheSecondaryForThePatientShare() {
		post(X12Builder.claims837("MEDICARE PART B", "04412").claim("SC-500", "P", "1", "20260105", "400.00"));
		post(X12Builder.remittance835("MEDICARE PART B", "04412", "TRN-SC-500A", "240.00")
			.payment("SC-500", "1", "400.00", "240.00", "60.00", "CO-45:100.00", "PR-2:60.00"));
		assertThat(claim("SC-500").patientBalance()).isEqualByComparingTo("60.00");
		ImportResult secondary = post(
				X12Builder.claims837("PRAIRIE SUPPLEMENT", "PSUP1").claim("SC-500", "S", "1", "20260105", "400.00"));
		assertThat(secondary.claimsUpdated()).isEqualTo(1);
		ClaimDetail billed = claim("SC-500");
		assertThat(billed.insuranceBalance()).isEqualByComparingTo("60.00");
		assertThat(billed.patientBalance()).isEqualByComparingTo("0.00");
		assertThat(billed.responsibility()).isEqualTo("S");
		post(X12Builder.remittance835("PRAIRIE SUPPLEMENT", "PSUP1", "TRN-SC-500B", "60.00")
			.payment("SC-500", "2", "400.00", "60.00", "0.00", "OA-23:340.00"));
		ClaimDetail paid = claim("SC-500");
		assertThat(paid.payerPaid()).isEqualByComparingTo("300.00");
		assertThat(paid.insuranceBalance()).isEqualByComparingTo("0.00");
		assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
	}

	@Test
	void paymentForAnUnknownClaimIsKeptAsUnmatched() {
		ImportResult result = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-UM-600", "75.00")
			.payment("NO-SUCH-CLAIM", "1", "100.00", "75.00", "0.00", "CO-45:25.00"));
		assertThat(result.status()).isEqualTo(ImportStatus.POSTED);
		assertThat(result.unmatched()).isEqualTo(1);
		assertThat(SystemActor.call(() -> this.remittances.unmatchedPayments(CLIENT)))
			.anySatisfy((payment) -> assertThat(payment.patientControlNumber()).isEqualTo("NO-SUCH-CLAIM"));
	}

	@Test
	void anUnmatchedPaymentMatchedLaterIsPostedToThatClaimAndADismissedOneLeavesTheList() {
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-UM-650", "135.00")
			.payment("TYPO-651", "1", "200.00", "120.00", "30.00", "CO-45:50.00", "PR-2:30.00")
			.payment("ELSEWHERE-652", "1", "40.00", "15.00", "0.00", "CO-45:25.00"));
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("UM-651", "P", "1", "20260105", "200.00"));
		var open = AsUser.call("specialist", "AR_SPECIALIST", () -> this.remittances.unmatchedPayments(CLIENT));
		long typo = open.stream()
			.filter((p) -> p.patientControlNumber().equals("TYPO-651"))
			.findFirst()
			.orElseThrow()
			.id();
		long elsewhere = open.stream()
			.filter((p) -> p.patientControlNumber().equals("ELSEWHERE-652"))
			.findFirst()
			.orElseThrow()
			.id();

		AsUser.run("specialist", "AR_SPECIALIST", () -> this.unmatched.match(CLIENT, typo, "UM-651"));
		AsUser.run("specialist", "AR_SPECIALIST",
				() -> this.unmatched.dismiss(CLIENT, elsewhere, "Patient of another practice; returned to payer"));

		ClaimDetail claim = claim("UM-651");
		assertThat(claim.payerPaid()).isEqualByComparingTo("120.00");
		assertThat(claim.contractual()).isEqualByComparingTo("50.00");
		assertThat(claim.patientBalance()).isEqualByComparingTo("30.00");
		assertThat(claim.history()).anySatisfy((entry) -> assertThat(entry.description()).contains("matched"));
		assertThat(AsUser.call("specialist", "AR_SPECIALIST", () -> this.remittances.unmatchedPayments(CLIENT)))
			.noneMatch((p) -> p.id() == typo || p.id() == elsewhere);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> AsUser.run("specialist", "AR_SPECIALIST", () -> this.unmatched.match(CLIENT, typo, "UM-651")))
			.isInstanceOf(io.ardesk.shared.problem.NotFoundException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> AsUser.run("viewer.northside-family", "CLIENT_VIEWER",
					() -> this.unmatched.dismiss(CLIENT, elsewhere, "no")))
			.isInstanceOf(io.ardesk.security.ClientAccessDeniedException.class);
	}

	@Test
	void theSameRemittanceTwicePostsNothingTheSecondTime() {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("DU-700", "P", "1", "20260105", "100.00"));
		X12Builder era = X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-DU-700", "80.00")
			.payment("DU-700", "1", "100.00", "80.00", "0.00", "CO-45:20.00");
		assertThat(post(era).status()).isEqualTo(ImportStatus.POSTED);
		ImportResult again = post(era);
		assertThat(again.status()).isEqualTo(ImportStatus.DUPLICATE);
		assertThat(again.paymentsPosted()).isZero();
		// The same payment inside another file (other bytes) is recognised by payer and
		// trace number.
		ImportResult repackaged = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-DU-700", "80.00")
			.payment("DU-700", "1", "100.00", "80.00", "0.00", "CO-45:20.00")
			.providerAdjustment("L6", "0.00"));
		assertThat(repackaged.status()).isEqualTo(ImportStatus.DUPLICATE);
		assertThat(claim("DU-700").payerPaid()).isEqualByComparingTo("80.00");
	}

	@Test
	void claimSentTwiceIsRecognisedAndCorrectedClaimReplacesIt() {
		X12Builder original = X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("CC-800", "P", "1", "20260105", "100.00");
		assertThat(post(original).claimsCreated()).isEqualTo(1);
		ImportResult resent = post(X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("CC-800", "P", "1", "20260105", "100.00")
			.claim("CC-801", "P", "1", "20260105", "50.00"));
		assertThat(resent.claimsCreated()).isEqualTo(1);
		assertThat(resent.warnings()).anySatisfy((w) -> assertThat(w).contains("CC-800", "already on file"));
		ImportResult corrected = post(
				X12Builder.claims837("ACME HEALTH", "ACME1").claim("CC-800", "P", "7", "20260105", "100.00", "40.00"));
		assertThat(corrected.claimsUpdated()).isEqualTo(1);
		ClaimDetail claim = claim("CC-800");
		assertThat(claim.billed()).isEqualByComparingTo("140.00");
		// Never adjudicated: timely filing, 180 days from the date of service for a
		// commercial payer.
		assertThat(claim.deadlineKind()).isEqualTo("TIMELY_FILING");
		assertThat(claim.deadline()).isEqualTo(java.time.LocalDate.of(2026, 1, 5).plusDays(180));
		assertThat(claim.insuranceBalance()).isEqualByComparingTo("140.00");
		assertThat(claim.lines()).hasSize(2);
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("CC-801", "P", "8", "20260105", "50.00"));
		assertThat(claim("CC-801").status()).isEqualTo(ClaimStatus.VOIDED);
	}

	@Test
	void anOutOfBalanceRemittanceIsPostedWithAWarning() {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("OB-900", "P", "1", "20260105", "100.00"));
		ImportResult result = post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-OB-900", "95.00")
			.payment("OB-900", "1", "100.00", "80.00", "0.00", "CO-45:20.00"));
		assertThat(result.warnings()).anySatisfy((w) -> assertThat(w).contains("BPR"));
		assertThat(claim("OB-900").payerPaid()).isEqualByComparingTo("80.00");
	}

	@Test
	void concurrentImportsOfTheSameFilePostItOnce() throws Exception {
		byte[] claims = X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("CO-1000", "P", "1", "20260105", "100.00")
			.claim("CO-1001", "P", "1", "20260105", "100.00")
			.build(CLIENT);
		Callable<ImportResult> importIt = () -> AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.imports.importFile(CLIENT, "same.837", claims, ImportProgress.none()));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<ImportResult> first = pool.submit(importIt);
			Future<ImportResult> second = pool.submit(importIt);
			assertThat(java.util.List.of(first.get().status(), second.get().status()))
				.containsExactlyInAnyOrder(ImportStatus.POSTED, ImportStatus.DUPLICATE);
		}
		finally {
			pool.shutdown();
		}
		assertThat(claim("CO-1000").billed()).isEqualByComparingTo(new BigDecimal("100.00"));
	}

	private ImportResult post(X12Builder file) {
		return AsUser.call("specialist", "AR_SPECIALIST",
				() -> this.imports.importFile(CLIENT, "test.x12", file.build(CLIENT), ImportProgress.none()));
	}

	private ClaimDetail claim(String number) {
		return AsUser.call("specialist", "AR_SPECIALIST", () -> this.ledger.claim(CLIENT, number)).orElseThrow();
	}

}

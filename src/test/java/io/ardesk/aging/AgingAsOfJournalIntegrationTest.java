package io.ardesk.aging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.LedgerBalances;
import io.ardesk.housekeeping.ClientCheck;
import io.ardesk.housekeeping.internal.ConsistencyCheckRecorder;
import io.ardesk.housekeeping.internal.ConsistencyCheckRun;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportResult;
import io.ardesk.imports.ImportStatus;
import io.ardesk.security.SystemActor;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.LedgerInvariants;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dated posting journal: every balance change is a row dated when it takes effect, so
 * the ledger as of a past date is what it was then, and aging as of that date ages those
 * balances, with credit balances on their own line. Riverside's ledger (aged by
 * submission date) is used here only.
 */
@ArdeskIntegrationTest
class AgingAsOfJournalIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("riverside-cardiology");

	static final DateTimeFormatter X12_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	@Autowired
	FileImports imports;

	@Autowired
	AgingReports aging;

	@Autowired
	ClaimLedger ledger;

	@Autowired
	ConsistencyCheckRecorder recorder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	List<ClientCheck> checks;

	@AfterEach
	void ledgerRulesHold() {
		LedgerInvariants.assertHold(CLIENT, this.jdbc, this.transaction, this.checks);
	}

	@Test
	void agingAsOfAPastDateAgesTheBalancesOfThatDateNotTodays() {
		// Sent 01/05/2026 (BHT04), paid 02/10/2026 (BPR16).
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("JR-100", "P", "1", "20251220", "500.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-JR-100", "400.00")
			.payment("JR-100", "1", "500.00", "400.00", "50.00", "CO-45:50.00", "PR-2:50.00"));
		AgingReport before = report(LocalDate.of(2026, 2, 9));
		assertThat(drill(before, "JR-100")).as("still owed by insurance on 02/09/2026").isEqualByComparingTo("500.00");
		assertThat(before.patient().total()).isEqualByComparingTo("0.00");
		AgingReport after = report(LocalDate.of(2026, 2, 10));
		assertThat(drill(after, "JR-100")).isNull();
		assertThat(after.patient().total()).isEqualByComparingTo("50.00");
		LedgerBalances onTheNinth = AsUser
			.call("manager", "ACCOUNT_MANAGER",
					() -> this.ledger.balancesAsOf(CLIENT, "JR-100", LocalDate.of(2026, 2, 9)))
			.orElseThrow();
		assertThat(onTheNinth.insuranceBalance()).isEqualByComparingTo("500.00");
		assertThat(onTheNinth.payerPaid()).isEqualByComparingTo("0.00");
		assertThat(AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.ledger.balancesAsOf(CLIENT, "JR-100", LocalDate.of(2026, 1, 4))))
			.as("not on the books before it was sent")
			.isEmpty();
	}

	@Test
	void creditBalancesAreShownApartAndNeverNetted() {
		post(X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("JR-200", "P", "1", "20251220", "100.00")
			.claim("JR-201", "P", "1", "20251220", "300.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-JR-200A", "100.00")
			.payment("JR-200", "1", "100.00", "100.00", "0.00"));
		post(X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-JR-200B", "100.00")
			.payment("JR-200", "1", "100.00", "100.00", "0.00"));
		LocalDate today = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.aging.today(CLIENT));
		AgingReport report = report(today);
		assertThat(report.credits().insurance().amount()).isEqualByComparingTo("100.00");
		assertThat(report.credits().insurance().claims()).isEqualTo(1);
		assertThat(report.insurance().total()).as("what is owed is not reduced by what is owed back")
			.isEqualByComparingTo(totalOwed());
		AgingReport past = report(LocalDate.of(2026, 3, 1));
		assertThat(past.credits().insurance().amount()).isEqualByComparingTo("100.00");
		AgingReport beforeTheDuplicate = report(LocalDate.of(2026, 2, 9));
		assertThat(beforeTheDuplicate.credits().isEmpty()).isTrue();
	}

	@Test
	void theNightlyCheckFindsAClaimWhoseJournalNoLongerAddsUp() {
		post(X12Builder.claims837("ACME HEALTH", "ACME1").claim("JR-300", "P", "1", "20251220", "100.00"));
		ConsistencyCheckRun run = SystemActor.call(() -> this.recorder.check(CLIENT));
		assertThat(run.problemsFound()).as(run.summary()).isZero();
		assertThat(run.summary()).contains("Ledger", "the journal adds up to them");
		TenantContext.runAs(CLIENT, () -> this.transaction.executeWithoutResult((status) -> {
			this.jdbc
				.sql("update claim set insurance_balance = insurance_balance - 1, written_off = written_off + 1 "
						+ "where claim_number = 'JR-300'")
				.update();
			ClientCheck.Result result = this.checks.getFirst().check();
			assertThat(result.problemsFound()).isEqualTo(1);
			assertThat(result.summary()).contains("JR-300", "journal does not add up");
			status.setRollbackOnly();
		}));
	}

	private BigDecimal totalOwed() {
		return TenantContext.callAs(CLIENT,
				() -> this.transaction.execute((status) -> this.jdbc
					.sql("select coalesce(sum(insurance_balance), 0) from claim where insurance_balance > 0")
					.query(BigDecimal.class)
					.single()));
	}

	private AgingReport report(LocalDate asOf) {
		return AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.aging.report(CLIENT, asOf, AgingGrouping.PAYER));
	}

	private BigDecimal drill(AgingReport report, String claimNumber) {
		for (AgingBucket bucket : AgingBucket.values()) {
			for (ClaimInBucket claim : AsUser.call("manager", "ACCOUNT_MANAGER",
					() -> this.aging.drillDown(CLIENT, report.asOf(), AgingGrouping.PAYER, null, bucket,
							io.ardesk.claims.ResponsibleParty.INSURANCE, 1000))) {
				if (claim.claimNumber().equals(claimNumber)) {
					return claim.balance();
				}
			}
		}
		return null;
	}

	private void post(X12Builder file) {
		ImportResult result = AsUser.call("manager", "ACCOUNT_MANAGER",
				() -> this.imports.importFile(CLIENT, "journal.x12", file.build(CLIENT), ImportProgress.none()));
		assertThat(result.status()).as(String.valueOf(result.errors())).isEqualTo(ImportStatus.POSTED);
	}

}

package io.ardesk.demodata;

import java.time.LocalDate;
import java.util.List;

import io.ardesk.housekeeping.ClientCheck;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportResult;
import io.ardesk.imports.ImportStatus;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.LedgerInvariants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo AR goes through the real import, so it gets the ledger's rules for free: a few
 * months of Lakeview's generated history (its own NPI, secondaries billed and crossed
 * over, reversals, denials) post without a rejected file or a held payment, every claim
 * has a journal that adds up, and aging as of a past date reads it.
 */
@ArdeskIntegrationTest
class DemoHistoryLedgerIntegrationTest extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("lakeview-ortho");

	@Autowired
	FileImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	List<ClientCheck> checks;

	@Test
	void generatedHistoryPostsCleanlyWithAJournalForEveryClaim() {
		PracticeProfile profile = PracticeProfile.orthopedics(CLIENT.value())
			.withClaimsPerMonth(60)
			.withClaimPrefix("DH");
		ArHistory history = new ArHistoryGenerator().generate(profile, LocalDate.now(), 5, 42);
		for (GeneratedFile file : history.files()) {
			ImportResult result = AsUser.call("admin", "FIRM_ADMIN",
					() -> this.imports.importFile(CLIENT, file.name(), file.content(), ImportProgress.none()));
			assertThat(result.status()).as(file.name() + " " + result.errors()).isNotEqualTo(ImportStatus.REJECTED);
			assertThat(result.warnings()).as(file.name()).noneMatch((w) -> w.contains("held for review"));
		}
		long claims = count("select count(*) from claim where claim_number like 'DH%'");
		assertThat(claims).isPositive();
		assertThat(count("select count(distinct j.claim_id) from claim_journal j join claim c on c.id = j.claim_id "
				+ "where c.claim_number like 'DH%'"))
			.isEqualTo(claims);
		assertThat(count("select count(*) from claim_journal j join claim c on c.id = j.claim_id "
				+ "where c.claim_number like 'DH%' and j.kind = 'ADJUDICATION'"))
			.isPositive();
		assertThat(count("select count(*) from posting_exception")).isZero();
		LedgerInvariants.assertHold(CLIENT, this.jdbc, this.transaction, this.checks);
	}

	private long count(String sql) {
		return TenantContext.callAs(CLIENT,
				() -> this.transaction.execute((status) -> this.jdbc.sql(sql).query(Long.class).single()));
	}

}

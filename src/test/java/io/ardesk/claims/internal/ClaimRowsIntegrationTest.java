package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.ardesk.claims.ClaimStatus;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportStatus;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.TenantContext;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Claim balances are written for many claims in one statement: every value lands on its
 * own claim, a value left out keeps what the claim had, and a claim someone changed since
 * it was read stops the whole write (nothing of it is kept).
 */
@ArdeskIntegrationTest
class ClaimRowsIntegrationTest extends IntegrationTestSupport {

	static final ClientId LAKEVIEW = ClientId.of("lakeview-ortho");

	@Autowired
	ClaimRows rows;

	@Autowired
	FileImports imports;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void manyClaimsInOneStatementAndAStaleVersionStopsTheWholeWrite() {
		String served = LocalDate.now(ZoneId.of("America/Denver"))
			.minusDays(20)
			.format(DateTimeFormatter.BASIC_ISO_DATE);
		AsUser.run("admin", "FIRM_ADMIN",
				() -> assertThat(this.imports
					.importFile(LAKEVIEW, "rows.837",
							X12Builder.claims837("ACME HEALTH", "ACME1")
								.claim("CR-1", "P", "1", served, "100.00")
								.claim("CR-2", "P", "1", served, "200.00")
								.build(LAKEVIEW),
							ImportProgress.none())
					.status()).isEqualTo(ImportStatus.POSTED));
		// Everything below runs in one transaction that is rolled back, so that the
		// shared
		// ledger keeps balances that match its journal.
		TenantContext.runAs(LAKEVIEW, () -> this.transaction.executeWithoutResult((status) -> {
			Map<String, ExistingClaim> before = read();
			ExistingClaim one = before.get("CR-1");
			ExistingClaim two = before.get("CR-2");

			this.rows.updateBalances(List.of(paid(one, "60.00", "40.00", "ICN-1"), paid(two, "150.00", "50.00", null)));

			Map<String, ExistingClaim> after = read();
			assertThat(after.get("CR-1").balances().payerPaid()).isEqualByComparingTo("60.00");
			assertThat(after.get("CR-1").balances().contractual()).isEqualByComparingTo("40.00");
			assertThat(after.get("CR-1").payerClaimNumber()).isEqualTo("ICN-1");
			assertThat(after.get("CR-1").status()).isEqualTo(ClaimStatus.PAID);
			assertThat(after.get("CR-2").balances().payerPaid()).isEqualByComparingTo("150.00");
			assertThat(after.get("CR-2").payerClaimNumber()).as("kept when none is given").isNull();
			assertThat(after.get("CR-1").version()).isEqualTo(one.version() + 1);

			// CR-2 still at the version read before the first write: refused.
			assertThatThrownBy(() -> this.rows.updateBalances(
					List.of(paid(after.get("CR-1"), "1.00", "99.00", null), paid(two, "2.00", "198.00", null))))
				.isInstanceOf(OptimisticLockingFailureException.class);
			status.setRollbackOnly();
		}));

		Map<String, ExistingClaim> kept = TenantContext.callAs(LAKEVIEW,
				() -> this.transaction.execute((status) -> read()));
		assertThat(kept.get("CR-1").balances().payerPaid()).as("nothing of a refused import is kept").isZero();
	}

	private ClaimRows.Update paid(ExistingClaim claim, String paid, String contractual, String icn) {
		Balances b = claim.balances();
		Balances after = new Balances(new BigDecimal(paid), b.patientPaid(), new BigDecimal(contractual),
				b.otherAdjusted(), b.writtenOff(), BigDecimal.ZERO, BigDecimal.ZERO.setScale(2), b.patientBalance(),
				BigDecimal.ZERO, null, null, false, true);
		return new ClaimRows.Update(claim.id(), claim.version(), after, ClaimStatus.PAID, claim.payerId(),
				claim.responsibility(), java.sql.Date.valueOf(LocalDate.now()), icn);
	}

	private Map<String, ExistingClaim> read() {
		return this.rows.byClaimNumber(List.of("CR-1", "CR-2"));
	}

}

package io.ardesk.aging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.claims.ResponsibleParty;
import io.ardesk.demodata.ArHistoryGenerator;
import io.ardesk.demodata.GeneratedFile;
import io.ardesk.demodata.PracticeProfile;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time to build the aging report (one aggregate query) and a drill-down on a ledger of
 * 40,000 generated claims spread over five months. Run with
 * {@code ./mvnw verify -Pbenchmark -Dtest=none -Dit.test=AgingBenchmark}; prints figures,
 * asserts only that the work was done.
 */
@ArdeskIntegrationTest
// A context (and so a database) of its own: the figures assume a ledger holding only
// the claims imported here, whatever other test classes import into the same clients.
@TestPropertySource(properties = "ardesk.test.ledger=aging-benchmark")
@DirtiesContext
class AgingBenchmark extends IntegrationTestSupport {

	static final ClientId CLIENT = ClientId.of("lakeview-ortho");

	static final int FILES = 4;

	static final int CLAIMS_PER_FILE = 10_000;

	static final int ROUNDS = 7;

	@Autowired
	FileImports imports;

	@Autowired
	AgingReports aging;

	@Test
	void agingOfFortyThousandClaims() {
		ArHistoryGenerator generator = new ArHistoryGenerator();
		LocalDate first = LocalDate.of(2026, 1, 5);
		for (int i = 0; i < FILES; i++) {
			PracticeProfile profile = PracticeProfile.cardiology("bench").withClaimPrefix("A" + i);
			LocalDate date = first.plusDays(i * 40L);
			importFile(generator.claimFile(profile, date, CLAIMS_PER_FILE, 2000 + i));
			importFile(generator.remittanceFile(profile, date, CLAIMS_PER_FILE, 2000 + i));
		}
		LocalDate asOf = LocalDate.of(2026, 6, 30);
		for (AgingGrouping grouping : AgingGrouping.values()) {
			List<Long> micros = new ArrayList<>();
			AgingReport report = null;
			for (int round = 0; round < ROUNDS; round++) {
				long start = System.nanoTime();
				report = timeReport(asOf, grouping);
				micros.add((System.nanoTime() - start) / 1000);
			}
			assertThat(report.insurance().claims()).isPositive();
			System.out.printf("BENCHMARK aging by %s over %d claims: median %.1f ms (%d rows, %d insurance claims)%n",
					grouping, FILES * CLAIMS_PER_FILE, median(micros) / 1000.0, report.rows().size(),
					report.insurance().claims());
		}
		long start = System.nanoTime();
		List<ClaimInBucket> oldest = AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.aging.drillDown(CLIENT, asOf,
				AgingGrouping.PAYER, null, AgingBucket.B120_PLUS, ResponsibleParty.INSURANCE, 200));
		System.out.printf("BENCHMARK drill-down 120+ (200 claims): %.1f ms%n", (System.nanoTime() - start) / 1e6);
		assertThat(oldest).isNotEmpty();
	}

	/** The hook to time: one report as the account manager, access check included. */
	AgingReport timeReport(LocalDate asOf, AgingGrouping grouping) {
		return AsUser.call("manager", "ACCOUNT_MANAGER", () -> this.aging.report(CLIENT, asOf, grouping));
	}

	private void importFile(GeneratedFile file) {
		AsUser.run("admin", "FIRM_ADMIN",
				() -> this.imports.importFile(CLIENT, file.name(), file.content(), ImportProgress.none()));
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

}

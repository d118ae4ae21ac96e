package io.ardesk.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.demodata.ArHistoryGenerator;
import io.ardesk.demodata.GeneratedFile;
import io.ardesk.demodata.PracticeProfile;
import io.ardesk.edi.X12Files;
import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of the import end to end (parse, match, write), on generated files of 10,000
 * claims: an 837P entering them and the 835 paying or denying them. Run with
 * {@code ./mvnw verify -Pbenchmark -Dit.test=ImportThroughputBenchmark}; prints figures,
 * asserts only that the work was done.
 */
@ArdeskIntegrationTest
class ImportThroughputBenchmark extends IntegrationTestSupport {

	static final int CLAIMS = 10_000;

	static final int ROUNDS = 3;

	@Autowired
	FileImports imports;

	@Test
	void importTenThousandClaimsAndPostTheirRemittance() {
		// One client per round: each round posts into an empty ledger of the same shape.
		List<ClientId> clients = List.of(ClientId.of("riverside-cardiology"), ClientId.of("lakeview-ortho"),
				ClientId.of("northside-family"));
		ArHistoryGenerator generator = new ArHistoryGenerator();
		PracticeProfile cardiology = PracticeProfile.cardiology("bench");
		List<Long> claimMillis = new ArrayList<>();
		List<Long> remitMillis = new ArrayList<>();
		List<Long> parseMillis = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			ClientId client = clients.get(round);
			LocalDate date = LocalDate.of(2026, 1, 5).plusDays(round * 30L);
			// A different seed per round: every round enters new claims and new payments.
			PracticeProfile profile = cardiology.withClaimPrefix("B" + round);
			GeneratedFile claims = generator.claimFile(profile, date, CLAIMS, 1000 + round);
			GeneratedFile remittance = generator.remittanceFile(profile, date, CLAIMS, 1000 + round);
			long parseStart = System.nanoTime();
			int clps = X12Files.read835(remittance.content())
				.advices()
				.stream()
				.mapToInt((advice) -> advice.claims().size())
				.sum();
			parseMillis.add((System.nanoTime() - parseStart) / 1_000_000);
			long start = System.nanoTime();
			ImportResult entered = run(client, claims);
			claimMillis.add((System.nanoTime() - start) / 1_000_000);
			start = System.nanoTime();
			ImportResult posted = run(client, remittance);
			remitMillis.add((System.nanoTime() - start) / 1_000_000);
			assertThat(entered.claimsCreated()).isEqualTo(CLAIMS);
			assertThat(posted.paymentsPosted()).isEqualTo(clps);
			assertThat(posted.unmatched()).isZero();
			System.out.printf(
					"BENCHMARK round %d: 837P %d claims (%d KiB) in %d ms = %.0f claims/s; "
							+ "835 %d claim payments (%d KiB) in %d ms = %.0f claims/s (parse alone %d ms)%n",
					round + 1, CLAIMS, claims.content().length / 1024, claimMillis.getLast(),
					CLAIMS * 1000.0 / claimMillis.getLast(), clps, remittance.content().length / 1024,
					remitMillis.getLast(), clps * 1000.0 / remitMillis.getLast(), parseMillis.getLast());
		}
		System.out.printf("BENCHMARK median over %d rounds: 837P import %d ms, 835 posting %d ms%n", ROUNDS,
				median(claimMillis), median(remitMillis));
	}

	private ImportResult run(ClientId client, GeneratedFile file) {
		return AsUser.call("admin", "FIRM_ADMIN",
				() -> this.imports.importFile(client, file.name(), file.content(), ImportProgress.none()));
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

}

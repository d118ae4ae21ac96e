package io.ardesk.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import io.ardesk.test.X12Builder;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
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
		List<Long> claimMillis = new ArrayList<>();
		List<Long> remitMillis = new ArrayList<>();
		List<Long> parseMillis = new ArrayList<>();
		List<Long> rawMillis = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			ClientId client = clients.get(round);
			LocalDate date = LocalDate.of(2026, 1, 5).plusDays(round * 30L);
			// A different seed per round: every round enters new claims and new payments.
			// The cardiology preset billed under the round's client's own NPI and tax
			// id, since a client refuses the files of other practices.
			PracticeProfile profile = billedBy(PracticeProfile.cardiology("bench"), client)
				.withClaimPrefix("B" + round);
			GeneratedFile claims = generator.claimFile(profile, date, CLAIMS, 1000 + round);
			GeneratedFile remittance = generator.remittanceFile(profile, date, CLAIMS, 1000 + round);
			long rawStart = System.nanoTime();
			long segments = rawStaediSegments(remittance.content());
			rawMillis.add((System.nanoTime() - rawStart) / 1_000_000);
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
			assertThat(posted.warnings()).noneMatch((w) -> w.contains("held for review"));
			System.out.printf(
					"BENCHMARK round %d: 837P %d claims (%d KiB) in %d ms = %.0f claims/s; "
							+ "835 %d claim payments (%d KiB, %d segments) in %d ms = %.0f claims/s "
							+ "(raw StAEDI parse %d ms, ratio %.1f; our reader %d ms)%n",
					round + 1, CLAIMS, claims.content().length / 1024, claimMillis.getLast(),
					CLAIMS * 1000.0 / claimMillis.getLast(), clps, remittance.content().length / 1024, segments,
					remitMillis.getLast(), clps * 1000.0 / remitMillis.getLast(), rawMillis.getLast(),
					remitMillis.getLast() / (double) Math.max(1, rawMillis.getLast()), parseMillis.getLast());
		}
		long remit = median(remitMillis);
		long raw = median(rawMillis);
		System.out.printf(
				"BENCHMARK median over %d rounds: 837P import %d ms; 835 posting %d ms = %.0f claims/s with balancing "
						+ "checks and the journal; raw StAEDI parse of the same 835 %d ms; ratio %.1f%n",
				ROUNDS, median(claimMillis), remit, CLAIMS * 1000.0 / remit, raw, remit / (double) Math.max(1, raw));
	}

	/** The cardiology preset as the client's own practice: its NPI and tax id. */
	private static PracticeProfile billedBy(PracticeProfile preset, ClientId client) {
		X12Builder.Provider provider = X12Builder.providerOf(client);
		return new PracticeProfile(preset.clientId(), preset.specialty(), provider.npi(), preset.practiceName(),
				provider.taxId(), preset.claimPrefix(), preset.taxonomyCode(), preset.claimsPerMonth(),
				preset.renderingNpis(), preset.locations(), preset.procedures(), preset.diagnosisCodes(),
				preset.payerMix());
	}

	/**
	 * StAEDI alone over the same bytes: every event read, segments counted, nothing kept.
	 */
	private static long rawStaediSegments(byte[] content) {
		long segments = 0;
		try (EDIStreamReader reader = EDIInputFactory.newFactory()
			.createEDIStreamReader(new ByteArrayInputStream(content))) {
			while (reader.hasNext()) {
				if (reader.next() == EDIStreamEvent.END_SEGMENT) {
					segments++;
				}
			}
		}
		catch (EDIStreamException | IOException ex) {
			throw new IllegalStateException(ex);
		}
		return segments;
	}

	private ImportResult run(ClientId client, GeneratedFile file) {
		return AsUser.call("admin", "FIRM_ADMIN",
				() -> this.imports.importFile(client, file.name(), file.content(), ImportProgress.none()));
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

}

package io.ardesk.demodata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LargeGenerationTest {

	private static final LocalDate START = LocalDate.of(2025, 1, 6);

	private final ArHistoryGenerator generator = new ArHistoryGenerator();

	@Test
	void streamsBatchesOfClaimsAndTheirRemittances() {
		Iterator<GeneratedFile> files = this.generator.generateLarge(PracticeProfile.cardiology("client-big"), START,
				50_000, 10_000, 3L);
		int claimFiles = 0;
		int remittanceFiles = 0;
		long claims = 0;
		while (files.hasNext()) {
			// each file is inspected and dropped: nothing accumulates
			GeneratedFile file = files.next();
			String text = new String(file.content(), StandardCharsets.US_ASCII);
			if (file.kind() == FileKind.CLAIMS_837P) {
				claimFiles++;
				assertThat(count(text, "\nCLM*")).isEqualTo(10_000);
				claims += 10_000;
			}
			else {
				remittanceFiles++;
				assertThat(count(text, "\nCLP*")).isEqualTo(10_000);
			}
		}
		assertThat(claimFiles).isEqualTo(5);
		assertThat(remittanceFiles).isEqualTo(5);
		assertThat(claims).isEqualTo(50_000);
	}

	@Test
	void aMillionClaimsAreProducedLazily() {
		Iterator<GeneratedFile> files = this.generator.generateLarge(PracticeProfile.familyMedicine("client-huge"),
				START, 1_000_000, 10_000, 4L);
		GeneratedFile first = files.next();
		assertThat(first.kind()).isEqualTo(FileKind.CLAIMS_837P);
		assertThat(files.next().kind()).isEqualTo(FileKind.REMITTANCE_835);
		assertThat(files.hasNext()).isTrue();
	}

	@Test
	void benchmarkFilesHoldTenThousandClaims() {
		PracticeProfile profile = PracticeProfile.orthopedics("client-bench");
		GeneratedFile claims = this.generator.claimFile(profile, START, 10_000, 11L);
		GeneratedFile remittance = this.generator.remittanceFile(profile, START, 10_000, 11L);
		assertThat(count(new String(claims.content(), StandardCharsets.US_ASCII), "\nCLM*")).isEqualTo(10_000);
		assertThat(count(new String(remittance.content(), StandardCharsets.US_ASCII), "\nCLP*")).isEqualTo(10_000);
		assertThat(RemittanceBalance.problems(ParsedInterchange.parse(remittance.content()))).isEmpty();
	}

	private static int count(String text, String token) {
		int count = 0;
		for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
			count++;
		}
		return count;
	}

}

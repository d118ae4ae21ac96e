package io.ardesk.demodata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks the other tests rely on must actually catch broken files. */
class ParsedInterchangeTest {

	private final byte[] valid = new ArHistoryGenerator()
		.claimFile(PracticeProfile.familyMedicine("client-check"), LocalDate.of(2025, 2, 3), 3, 1L)
		.content();

	@Test
	void aValidFileHasNoProblems() {
		ParsedInterchange parsed = ParsedInterchange.parse(this.valid);
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.controlCountProblems()).isEmpty();
	}

	@Test
	void aWrongTransactionSegmentCountIsCaught() {
		String text = new String(this.valid, StandardCharsets.US_ASCII);
		String broken = text.replaceFirst("\nSE\\*(\\d+)\\*", "\nSE*999*");
		ParsedInterchange parsed = ParsedInterchange.parse(broken.getBytes(StandardCharsets.US_ASCII));
		assertThat(parsed.controlCountProblems()).isNotEmpty();
		assertThat(parsed.errors()).isNotEmpty();
	}

	@Test
	void anUnbalancedRemittanceIsCaught() {
		String text = new String(new ArHistoryGenerator()
			.remittanceFile(PracticeProfile.familyMedicine("client-check"), LocalDate.of(2025, 2, 3), 20, 1L)
			.content(), StandardCharsets.US_ASCII);
		String broken = text.replaceFirst("\nBPR\\*I\\*", "\nBPR*I*1");
		assertThat(RemittanceBalance.problems(ParsedInterchange.parse(broken.getBytes(StandardCharsets.US_ASCII))))
			.isNotEmpty();
	}

}

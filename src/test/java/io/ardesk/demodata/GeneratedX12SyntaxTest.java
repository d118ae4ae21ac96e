package io.ardesk.demodata;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedX12SyntaxTest {

	static Stream<AnalyzedHistory> histories() {
		return Stream.of(GeneratedHistories.familyMedicine(), GeneratedHistories.orthopedics(),
				GeneratedHistories.cardiology());
	}

	@ParameterizedTest
	@MethodSource("histories")
	void everyFileParsesCleanlyWithCorrectControlCounts(AnalyzedHistory history) {
		for (int i = 0; i < history.parsed().size(); i++) {
			GeneratedFile file = history.history().files().get(i);
			ParsedInterchange parsed = history.parsed().get(i);
			assertThat(parsed.errors()).as(file.name()).isEmpty();
			assertThat(parsed.controlCountProblems()).as(file.name()).isEmpty();
			assertThat(parsed.segments().getFirst().getFirst()).isEqualTo("ISA");
			assertThat(parsed.segments().getLast().getFirst()).isEqualTo("IEA");
		}
	}

	@ParameterizedTest
	@MethodSource("histories")
	void filesAreChronologicalUniquelyNamedAndNotAfterAsOf(AnalyzedHistory history) {
		List<GeneratedFile> files = history.history().files();
		assertThat(files).extracting(GeneratedFile::date)
			.isSorted()
			.allMatch((date) -> !date.isAfter(GeneratedHistories.AS_OF));
		assertThat(files).extracting(GeneratedFile::name).doesNotHaveDuplicates();
		assertThat(files.getFirst().date()).isAfterOrEqualTo(GeneratedHistories.AS_OF.minusMonths(12));
	}

	@ParameterizedTest
	@MethodSource("histories")
	void claimFilesCarryTheImplementationGuideStructure(AnalyzedHistory history) {
		ParsedInterchange claims = history.parsed().getFirst();
		assertThat(claims.withTag("GS").getFirst().get(8)).isEqualTo("005010X222A1");
		assertThat(claims.withTag("ST").getFirst()).containsExactly("ST", "837", "0001", "005010X222A1");
		assertThat(claims.withTag("NM1"))
			.anySatisfy((nm1) -> assertThat(nm1.subList(0, 3)).containsExactly("NM1", "85", "2"));
		assertThat(claims.withTag("CLM")).allSatisfy((clm) -> assertThat(clm.get(5)).matches("(11|24):B:1"))
			.allSatisfy((clm) -> assertThat(clm.get(1)).matches("[A-Z]{3}-\\d{6}"));
		assertThat(claims.withTag("HI")).allSatisfy((hi) -> assertThat(hi.get(1)).startsWith("ABK:"));
		assertThat(claims.withTag("SBR")).hasSameSizeAs(claims.withTag("CLM"));
	}

	@Test
	void benchmarkFilesParseCleanly() {
		ArHistoryGenerator generator = new ArHistoryGenerator();
		PracticeProfile profile = PracticeProfile.cardiology("client-bench");
		LocalDate date = LocalDate.of(2025, 5, 1);
		ParsedInterchange claims = ParsedInterchange.parse(generator.claimFile(profile, date, 2_000, 5L).content());
		ParsedInterchange remittance = ParsedInterchange
			.parse(generator.remittanceFile(profile, date, 2_000, 5L).content());
		assertThat(claims.errors()).isEmpty();
		assertThat(remittance.errors()).isEmpty();
		assertThat(claims.controlCountProblems()).isEmpty();
		assertThat(remittance.controlCountProblems()).isEmpty();
		assertThat(claims.withTag("CLM")).hasSize(2_000);
		assertThat(remittance.withTag("CLP")).hasSize(2_000);
		assertThat(remittance.withTag("CLP")).extracting((clp) -> clp.get(1))
			.containsExactlyInAnyOrderElementsOf(claims.withTag("CLM").stream().map((clm) -> clm.get(1)).toList());
		assertThat(RemittanceBalance.problems(remittance)).isEmpty();
	}

}

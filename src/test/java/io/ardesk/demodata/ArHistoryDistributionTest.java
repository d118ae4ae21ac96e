package io.ardesk.demodata;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArHistoryDistributionTest {

	static Stream<AnalyzedHistory> histories() {
		return GeneratedX12SyntaxTest.histories();
	}

	@ParameterizedTest
	@MethodSource("histories")
	void openArFallsIntoEveryAgingBucket(AnalyzedHistory history) {
		System.out.println(history.summary());
		assertThat(history.openByBucket()).as(history.summary()).doesNotContain(0);
	}

	@ParameterizedTest
	@MethodSource("histories")
	void denialShareIsRealistic(AnalyzedHistory history) {
		assertThat(history.denialShare()).as(history.summary()).isBetween(0.06, 0.15);
	}

	@ParameterizedTest
	@MethodSource("histories")
	void volumeMatchesTheProfile(AnalyzedHistory history) {
		int perMonth = history.profile().claimsPerMonth();
		// the last days' visits are not billed yet, hence the lower bound
		assertThat(history.primaryClaims().size()).isBetween(perMonth * 11, perMonth * 13);
	}

	@Test
	void midSizePracticeShowsEveryKindOfEvent() {
		AnalyzedHistory history = GeneratedHistories.orthopedics();
		assertThat(history.status("22")).as("reversals").isPositive();
		assertThat(history.status("19")).as("crossovers").isPositive();
		assertThat(history.status("2")).as("secondary payments").isPositive();
		assertThat(history.secondaryClaims()).as("secondary 837 claims").isPositive();
		assertThat(history.providerAdjustments()).as("PLB segments").isPositive();
		assertThat(history.plbReasons()).contains("L6", "WO");
		// every reversal is followed by a corrected payment of the same claim
		assertThat(history.status("1")).isGreaterThan(history.status("22"));
	}

	@Test
	void paidClaimsCarryContractualPatientAndSequestrationAdjustments() {
		AnalyzedHistory history = GeneratedHistories.cardiology();
		var reasons = history.parsed()
			.stream()
			.flatMap((parsed) -> parsed.withTag("CAS").stream())
			.flatMap((cas) -> IntStream.iterate(2, (at) -> at < cas.size(), (at) -> at + 3)
				.mapToObj((at) -> cas.get(1) + "-" + cas.get(at)))
			.distinct()
			.toList();
		assertThat(reasons).contains("CO-45", "CO-253", "PR-1", "PR-2", "PR-3", "OA-23", "CO-197", "CO-16", "CO-50",
				"CO-97", "CO-29", "CO-18", "CO-22");
	}

}

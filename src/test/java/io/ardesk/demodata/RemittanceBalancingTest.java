package io.ardesk.demodata;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class RemittanceBalancingTest {

	static Stream<AnalyzedHistory> histories() {
		return GeneratedX12SyntaxTest.histories();
	}

	@ParameterizedTest
	@MethodSource("histories")
	void everyRemittanceBalancesAtPaymentClaimAndLineLevel(AnalyzedHistory history) {
		for (int i = 0; i < history.parsed().size(); i++) {
			GeneratedFile file = history.history().files().get(i);
			if (file.kind() == FileKind.REMITTANCE_835) {
				assertThat(RemittanceBalance.problems(history.parsed().get(i))).as(file.name()).isEmpty();
			}
		}
	}

	@ParameterizedTest
	@MethodSource("histories")
	void traceNumbersAreUniquePerPayment(AnalyzedHistory history) {
		List<String> traces = new ArrayList<>();
		for (ParsedInterchange parsed : history.parsed()) {
			parsed.withTag("TRN").forEach((trn) -> traces.add(trn.get(2)));
		}
		assertThat(traces).isNotEmpty().doesNotHaveDuplicates();
		assertThat(traces).hasSize(history.history().files(FileKind.REMITTANCE_835).size());
	}

	@ParameterizedTest
	@MethodSource("histories")
	void payerClaimNumbersIdentifyOneAdjudicationEach(AnalyzedHistory history) {
		List<String> controlNumbers = new ArrayList<>();
		for (ParsedInterchange parsed : history.parsed()) {
			parsed.withTag("CLP")
				.stream()
				.filter((clp) -> !clp.get(2).equals("22"))
				.forEach((clp) -> controlNumbers.add(clp.get(7)));
		}
		assertThat(controlNumbers).doesNotHaveDuplicates();
	}

}

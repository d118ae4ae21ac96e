package io.ardesk.codes;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentHoldsTest {

	@Test
	void authorizationDenialsHoldTheClaimWhateverTheirRemarks() {
		assertThat(DocumentHolds.of("CO", "197", List.of())).hasValueSatisfying((hold) -> {
			assertThat(hold.kind()).isEqualTo(DocumentHold.Kind.AUTHORIZATION);
			assertThat(hold.whatIsNeeded()).isEqualTo("Authorization number");
			assertThat(hold.codes()).isEqualTo("CARC 197");
		});
		assertThat(DocumentHolds.of("co", " 15 ", List.of("N4"))).map(DocumentHold::kind)
			.contains(DocumentHold.Kind.AUTHORIZATION);
		assertThat(DocumentHolds.of("CO", "252", List.of())).map(DocumentHold::kind)
			.contains(DocumentHold.Kind.MEDICAL_RECORDS);
	}

	@Test
	void missingInformationHoldsTheClaimOnlyWithARemarkNamingADocument() {
		assertThat(DocumentHolds.of("CO", "16", List.of())).isEmpty();
		assertThat(DocumentHolds.of("CO", "16", List.of("N4"))).isEmpty();
		assertThat(DocumentHolds.of("CO", "16", List.of("N4", "M127"))).hasValueSatisfying((hold) -> {
			assertThat(hold.kind()).isEqualTo(DocumentHold.Kind.MEDICAL_RECORDS);
			assertThat(hold.codes()).isEqualTo("CARC 16, RARC M127");
		});
		assertThat(DocumentHolds.of("CO", "16", List.of("N706"))).map(DocumentHold::kind)
			.contains(DocumentHold.Kind.MEDICAL_RECORDS);
	}

	@Test
	void patientResponsibilityAndRoutineCodesNeverHoldAClaim() {
		assertThat(DocumentHolds.of("PR", "197", List.of())).isEmpty();
		assertThat(DocumentHolds.of("CO", "45", List.of("M127"))).isEmpty();
		assertThat(DocumentHolds.of("PR", "2", List.of())).isEmpty();
	}

}

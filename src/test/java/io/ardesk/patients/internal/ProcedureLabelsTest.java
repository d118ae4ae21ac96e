package io.ardesk.patients.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProcedureLabelsTest {

	@ParameterizedTest
	@CsvSource({ "99213, Office visit", "36415, Blood draw", "73562, Knee X-ray",
			"j3301, Medication: steroid injection", "99499, Visit with your provider", "27000, Procedure or surgery",
			"76700, 'Imaging (X-ray, scan or ultrasound)'", "82947, Laboratory test",
			"E0114, Medical supplies or equipment", "0042T, Medical service", "00840, Anesthesia",
			"9921, Medical service" })
	void codesReadInPlainWordsWithTheRangeAsFallback(String code, String label) {
		assertThat(ProcedureLabels.label(code)).isEqualTo(label);
	}

}

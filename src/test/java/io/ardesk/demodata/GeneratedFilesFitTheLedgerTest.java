package io.ardesk.demodata;

import java.time.LocalDate;

import io.ardesk.edi.X12Files;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every generated demo file keeps to the X12 element sizes the readers enforce, so the
 * demo load never trips over them: a quarter of each preset practice is read whole.
 */
class GeneratedFilesFitTheLedgerTest {

	@Test
	void everyGeneratedFileOfEachPresetPracticeIsReadWithoutError() {
		for (PracticeProfile practice : new PracticeProfile[] { PracticeProfile.familyMedicine("client-fm"),
				PracticeProfile.orthopedics("client-ortho"), PracticeProfile.cardiology("client-cardio") }) {
			ArHistory history = new ArHistoryGenerator().generate(practice, LocalDate.of(2025, 6, 30), 3, 20250630L);
			for (GeneratedFile file : history.files()) {
				assertThatCode(() -> {
					if (file.kind() == FileKind.REMITTANCE_835) {
						X12Files.read835(file.content());
					}
					else {
						X12Files.read837(file.content());
					}
				}).as(file.name()).doesNotThrowAnyException();
			}
		}
	}

}

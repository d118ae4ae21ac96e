package io.ardesk.edi;

import java.nio.charset.StandardCharsets;

import io.ardesk.test.X12Builder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Values longer than the X12 standard allows for what the ledger keeps are refused by the
 * reader naming segment and position; values within the standard are read whole.
 */
class X12ElementLimitsTest {

	@Test
	void aRemarkCodeOfThirtyCharactersIsReadWhole() {
		String remark = "M" + "9".repeat(29);

		RemittanceFile file = X12Files.read835(remittance().remark(remark).build());

		assertThat(file.advices().getFirst().claims().getFirst().remarkCodes()).contains(remark);
	}

	@Test
	void aRemarkCodeOfThirtyOneCharactersIsRefusedNamingSegmentAndPosition() {
		byte[] content = remittance().remark("M" + "9".repeat(30)).build();

		assertThatExceptionOfType(MalformedFileException.class).isThrownBy(() -> X12Files.read835(content))
			.satisfies((ex) -> {
				FileIssue issue = ex.issues().getFirst();
				assertThat(issue.segment()).isEqualTo("MOA");
				assertThat(issue.position()).isEqualTo(segmentPosition(content, "MOA"));
				assertThat(issue.message()).contains("MOA03").contains("31 characters").contains("at most 30");
			});
	}

	@Test
	void aNulCharacterIsRefusedWhereverItIs() {
		byte[] content = new String(remittance().build(), StandardCharsets.US_ASCII).replace("DTM*232*", "DTM*232*\0")
			.getBytes(StandardCharsets.US_ASCII);

		assertThatExceptionOfType(MalformedFileException.class).isThrownBy(() -> X12Files.read835(content))
			.satisfies((ex) -> assertThat(ex.issues().getFirst().segment()).isEqualTo("DTM"));
	}

	@Test
	void anAmountNoColumnCanHoldIsRefusedNamingTheElement() {
		byte[] tiny = X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-1", "150.00")
			.payment("A-1", "1", "200.00", "1e-999999999", "0.00")
			.build();
		byte[] huge = X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-1", "150.00")
			.payment("A-1", "1", "200.00", "9999999999999.00", "0.00")
			.build();

		for (byte[] content : new byte[][] { tiny, huge }) {
			assertThatExceptionOfType(MalformedFileException.class).isThrownBy(() -> X12Files.read835(content))
				.satisfies((ex) -> {
					assertThat(ex.issues().getFirst().segment()).isEqualTo("CLP");
					assertThat(ex.issues().getFirst().message()).contains("CLP04").contains("out of range");
				});
		}
	}

	@Test
	void aProcedureCodeOfFortyEightCharactersIsReadAndOneMoreIsRefused() {
		String ok = "P".repeat(48);
		byte[] fits = X12Builder.claims837("ACME HEALTH", "ACME1").claim("A-1", "P", "1", "20260105", "100.00").build();
		String text = new String(fits, StandardCharsets.US_ASCII);

		ClaimFile file = X12Files
			.read837(text.replace("SV1*HC:99211*", "SV1*HC:" + ok + "*").getBytes(StandardCharsets.US_ASCII));
		assertThat(file.claims().getFirst().lines().getFirst().procedureCode()).isEqualTo(ok);

		byte[] tooLong = text.replace("SV1*HC:99211*", "SV1*HC:" + ok + "X*").getBytes(StandardCharsets.US_ASCII);
		assertThatExceptionOfType(MalformedFileException.class).isThrownBy(() -> X12Files.read837(tooLong))
			.satisfies((ex) -> assertThat(ex.issues().getFirst().message()).contains("SV101-2"));
	}

	private static X12Builder remittance() {
		return X12Builder.remittance835("ACME HEALTH", "ACME1", "TRN-1", "150.00")
			.payment("A-1", "1", "200.00", "150.00", "0.00", "CO-45:50.00");
	}

	/** The 1-based position of the first segment with this id. */
	private static int segmentPosition(byte[] content, String id) {
		String[] segments = new String(content, StandardCharsets.US_ASCII).split("~\n");
		for (int i = 0; i < segments.length; i++) {
			if (segments[i].startsWith(id + "*")) {
				return i + 1;
			}
		}
		throw new AssertionError("no " + id);
	}

}

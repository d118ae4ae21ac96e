package io.ardesk.edi;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class X12FilesDetectTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "835/lfh_x221_managed_care_2claims.835, X12_835", "835/pyx12_4010_reversal_status22_plb.835, X12_835",
			"835/emedny_newline_segment_terminator.835, X12_835", "837p/lfh_x222_example1_basic_4lines.837, X12_837P",
			"837p/imsweb_nonstandard_delimiters.837, X12_837P",
			"837i/lfh_x223_two_claims_single_provider.837i, X12_837I",
			"837i/pyx12_4010_837i_cob_svd_tertiary.837i, X12_837I",
			"malformed/pyx12_4010_837p_missing_iea_truncated.837, X12_837P",
			"malformed/tigershark_uhc_4010_pipe_newline_tilde.835, X12_835",
			"malformed/ncshp_facility_claim_mia_no_envelope_se_wrong.835, CSV_CLAIMS" })
	void tellsTheFormatFromTheTransactionSetAndGuide(String path, FileFormat expected) {
		assertThat(X12Files.detect(X12Samples.bytes(path))).isEqualTo(expected);
	}

	@Test
	void toleratesByteOrderMarkAndLeadingBlanks() {
		byte[] x12 = X12Samples.bytes("837p/uhin_837p_icd10.837");
		byte[] prefixed = new byte[x12.length + 5];
		prefixed[0] = (byte) 0xEF;
		prefixed[1] = (byte) 0xBB;
		prefixed[2] = (byte) 0xBF;
		prefixed[3] = '\r';
		prefixed[4] = '\n';
		System.arraycopy(x12, 0, prefixed, 5, x12.length);

		assertThat(X12Files.detect(prefixed)).isEqualTo(FileFormat.X12_837P);
		assertThat(X12Files.read837(prefixed).claims()).hasSize(1);
	}

	@Test
	void treatsAnythingElseAsCsv() {
		assertThat(X12Files.detect("claim_number,billed\n1,2\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(FileFormat.CSV_CLAIMS);
	}

}

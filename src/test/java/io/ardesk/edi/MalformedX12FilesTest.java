package io.ardesk.edi;

import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every file under malformed/. The decision for each is taken from PROVENANCE.md: a file
 * is read with warnings only when its content is complete and only its envelope trailers
 * are off; everything else is refused, naming a segment and its position.
 */
class MalformedX12FilesTest {

	private static Function<byte[], Object> reader(String kind) {
		return kind.equals("835") ? X12Files::read835 : X12Files::read837;
	}

	/**
	 * Why each file is refused:
	 * <ul>
	 * <li>no envelope (starts at ST or GS): without ISA/GS nothing says which sender,
	 * version or delimiters apply, so none of the four is read;</li>
	 * <li>imsweb_837i stray whitespace: blanks after terminators and two segments on one
	 * line, so segment boundaries are guessed rather than read;</li>
	 * <li>garbled segment ids: segment 6 has an empty id;</li>
	 * <li>ISA02 9 characters wide, and the Nevada ISA not padded at all: the fixed-width
	 * header cannot be read, so neither can the delimiters;</li>
	 * <li>missing required elements: the second CLM has no CLM05, so neither facility nor
	 * frequency (original/replacement/void) is known;</li>
	 * <li>repeated header loops: N1*PR comes again after the claims, so which payer paid
	 * them is ambiguous;</li>
	 * <li>missing IEA: the interchange is truncated after GE;</li>
	 * <li>pretty-printed 837P: indented segments; whitespace before ids means the file
	 * was edited by hand and is not the bytes the sender transmitted;</li>
	 * <li>TigerShark files: the terminator declared in ISA is a newline and every segment
	 * after it starts with '~', so every segment id is garbled.</li>
	 * </ul>
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "bcbsnc_no_envelope_bad_svc.835, 835, ISA, 1",
			"era835_two_st_same_control_no_envelope.835, 835, ISA, 1",
			"masked_exhaustive_all_segments_no_envelope.835, 835, ISA, 1",
			"ncshp_facility_claim_mia_no_envelope_se_wrong.835, 835, ISA, 1",
			"imsweb_837p_no_isa_duplicate_hl.837, 837, ISA, 1", "imsweb_837i_x223_stray_whitespace.837i, 837, OI, 32",
			"imsweb_837p_garbled_segment_ids.837, 837, (empty), 6", "imsweb_837p_isa02_wrong_width.837, 837, ISA, 1",
			"nevada_medicaid_unpadded_isa_iea_mismatch_3st_denials_plb.835, 835, ISA, 1",
			"imsweb_837p_missing_required_elements.837, 837, CLM, 31",
			"pyx12_4010_835_repeated_header_loops.835, 835, N1, 41",
			"pyx12_4010_837p_missing_iea_truncated.837, 837, GE, 5",
			"staedi_837p_indented_pretty_printed.edi, 837, GS, 2",
			"tigershark_uhc_4010_pipe_newline_tilde.835, 835, ~GS, 2",
			"tigershark_uhc_4010_two_st_ge_count_wrong.835, 835, ~GS, 2" })
	void refusesFileThatCannotBeReadSafely(String file, String kind, String segment, int position) {
		byte[] content = X12Samples.bytes("malformed/" + file);

		assertThatExceptionOfType(MalformedFileException.class).isThrownBy(() -> reader(kind).apply(content))
			.satisfies((ex) -> {
				assertThat(ex.issues()).extracting(FileIssue::segment, FileIssue::position)
					.containsExactly(tuple(segment, position));
				assertThat(ex.getMessage()).contains("segment " + segment + " at position " + position);
			});
	}

	/**
	 * Read with warnings: PROVENANCE lists only trailer defects (SE01 off by one, GE02
	 * and IEA02 not matching their headers, IEA01=5); every segment between them is
	 * intact, so both claims are complete.
	 */
	@Test
	void readsFileWhoseOnlyDefectsAreInTheEnvelopeTrailers() {
		ClaimFile file = X12Files.read837(X12Samples.bytes("malformed/pyx12_4010_837i_bad_trailer_counts.837i"));

		assertThat(file.format()).isEqualTo(FileFormat.X12_837I);
		assertThat(file.claims()).extracting(SubmittedClaim::claimNumber).containsExactly("1309590", "1304171");
		assertThat(file.claims().getFirst().priorPayers()).extracting(PriorPayerAdjudication::payerSequence)
			.containsExactly("P", "T");
		assertThat(file.warnings()).extracting(FileIssue::segment, FileIssue::position)
			.contains(tuple("SE", 61), tuple("GE", 121), tuple("IEA", 122));
		assertThat(file.warnings()).extracting(FileIssue::segment).containsOnly("SE", "GE", "IEA");
	}

}

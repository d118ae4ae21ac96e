package io.ardesk.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.ardesk.edi.SubmittedClaim.ClaimForm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reads the good 837P and 837I samples. Every expected figure was worked out by hand from
 * the sample file itself.
 */
class X12ClaimReaderTest {

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	private static ClaimFile read(String path) {
		return X12Files.read837(X12Samples.bytes(path));
	}

	@Test
	void readsBasicProfessionalClaimForADependent() {
		ClaimFile file = read("837p/lfh_x222_example1_basic_4lines.837");

		assertThat(file.format()).isEqualTo(FileFormat.X12_837P);
		assertThat(file.warnings()).isEmpty();
		SubmittedClaim claim = file.claims().getFirst();
		assertThat(file.claims()).hasSize(1);
		assertThat(claim.claimNumber()).isEqualTo("26463774");
		assertThat(claim.form()).isEqualTo(ClaimForm.PROFESSIONAL);
		assertThat(claim.billedAmount()).isEqualTo(money("100.00"));
		assertThat(claim.facilityCode()).isEqualTo("11");
		assertThat(claim.frequencyCode()).isEqualTo("1");
		assertThat(claim.responsibilitySequence()).isEqualTo("P");
		assertThat(claim.payerName()).isEqualTo("KEY INSURANCE COMPANY");
		assertThat(claim.payerId()).isEqualTo("999996666");
		assertThat(claim.billingNpi()).isEqualTo("1912301953");
		assertThat(claim.billingTaxId()).as("2010AA REF*EI").isEqualTo("587654321");
		assertThat(claim.renderingNpi()).isNull();
		assertThat(claim.location()).isEqualTo("BEN KILDARE SERVICE");
		assertThat(claim.submissionDate()).isEqualTo(LocalDate.of(2006, 10, 15));
		assertThat(claim.position()).isEqualTo(27);
		// the patient loop (2000C) names the patient; the member id is the subscriber's
		assertThat(claim.patient().lastName()).isEqualTo("SMITH");
		assertThat(claim.patient().firstName()).isEqualTo("TED");
		assertThat(claim.patient().dateOfBirth()).isEqualTo(LocalDate.of(1973, 5, 1));
		assertThat(claim.patient().memberId()).isEqualTo("JS00111223333");
		assertThat(claim.patient().accountNumber()).isEqualTo("26463774");
		// the dependant's own mailing address (2010CA N3/N4), not the billing provider's
		assertThat(claim.patient().address())
			.isEqualTo(new PostalAddress("236 N MAIN ST", null, "MIAMI", "FL", "33413"));
		// no claim-level date: the span of the line dates
		assertThat(claim.serviceDateFrom()).isEqualTo(LocalDate.of(2006, 10, 3));
		assertThat(claim.serviceDateTo()).isEqualTo(LocalDate.of(2006, 10, 10));
		assertThat(claim.lines()).extracting(ServiceLine::lineNumber, ServiceLine::procedureCode, ServiceLine::charge)
			.containsExactly(tuple(1, "99213", money("40.00")), tuple(2, "87070", money("15.00")),
					tuple(3, "99214", money("35.00")), tuple(4, "86663", money("10.00")));
		assertThat(claim.priorPayers()).isEmpty();
	}

	@Test
	void readsSecondaryClaimWithPriorPayerAdjudication() {
		ClaimFile file = read("837p/lfh_x222_cob_secondary_with_2320_2430_adjudication.837");

		assertThat(file.warnings()).isEmpty();
		SubmittedClaim claim = file.claims().getFirst();
		assertThat(claim.responsibilitySequence()).isEqualTo("S");
		assertThat(claim.payerName()).isEqualTo("GREAT PRAIRIES HEALTH");
		assertThat(claim.renderingNpi()).isEqualTo("1999996666");
		assertThat(claim.location()).isEqualTo("KILDARE ASSOCIATES");
		assertThat(claim.billedAmount()).isEqualTo(money("79.04"));
		assertThat(claim.lines()).extracting(ServiceLine::charge)
			.containsExactly(money("43.00"), money("15.00"), money("21.04"));
		assertThat(claim.priorPayers()).singleElement().satisfies((prior) -> {
			assertThat(prior.payerSequence()).isEqualTo("P");
			assertThat(prior.payerName()).isEqualTo("KEY INSURANCE COMPANY");
			assertThat(prior.payerId()).isEqualTo("999996666");
			assertThat(prior.paidAmount()).isEqualTo(money("39.15"));
			assertThat(prior.remainingPatientLiability()).as("AMT*EAF").isEqualTo(money("36.89"));
			assertThat(prior.adjudicated()).isTrue();
			// claim-level 2320 CAS, then the 2430 line CAS
			assertThat(prior.adjustments()).containsExactly(new Adjustment("PR", "1", money("21.89"), null),
					new Adjustment("PR", "2", money("15.00"), null), new Adjustment("CO", "42", money("3.00"), null));
		});
	}

	@Test
	void readsDrugLinesWithoutTakingDescriptionsForModifiers() {
		ClaimFile file = read("837p/lfh_x222_drug_ndc_lin_ctp.837");

		SubmittedClaim claim = file.claims().getFirst();
		assertThat(claim.billedAmount()).isEqualTo(money("2232.93"));
		assertThat(claim.facilityCode()).isEqualTo("12");
		assertThat(claim.payerId()).isEqualTo("PLANID12345");
		// the subscriber is the patient here
		assertThat(claim.patient().lastName()).isEqualTo("Smith");
		assertThat(claim.patient().dateOfBirth()).isEqualTo(LocalDate.of(1943, 5, 1));
		assertThat(claim.lines()).hasSize(6);
		assertThat(claim.lines()).extracting(ServiceLine::procedureCode)
			.containsExactly("S9500", "J0696", "J7051", "J3490", "J3490", "J3490");
		assertThat(claim.lines()).flatExtracting(ServiceLine::modifiers).isEmpty();
		assertThat(claim.lines()).extracting(ServiceLine::units)
			.containsExactly(money("7.00"), money("56.00"), money("28.00"), money("7.00"), money("14.00"),
					money("7.00"));
		assertThat(claim.lines().getFirst().serviceDateTo()).isEqualTo(LocalDate.of(2004, 2, 7));
	}

	@Test
	void readsUtahClaimWithRangeDates() {
		ClaimFile file = read("837p/uhin_837p_icd10.837");

		SubmittedClaim claim = file.claims().getFirst();
		assertThat(claim.claimNumber()).isEqualTo("1606");
		assertThat(claim.billedAmount()).isEqualTo(money("2"));
		assertThat(claim.payerId()).isEqualTo("FLHIN");
		assertThat(claim.serviceDateFrom()).isEqualTo(LocalDate.of(2024, 8, 15));
		assertThat(claim.serviceDateTo()).isEqualTo(LocalDate.of(2024, 8, 20));
		assertThat(claim.submissionDate()).isEqualTo(LocalDate.of(2022, 1, 18));
	}

	@Test
	void readsEightHundredTwentyClaimsAndWarnsAboutTheTransactionSetCount() {
		ClaimFile file = read("837p/imsweb_820_claims_one_st.837");

		assertThat(file.claims()).hasSize(820);
		assertThat(file.claims()).extracting(SubmittedClaim::billedAmount).containsOnly(money("500"));
		// SE*25 although the set has 11,486 segments
		assertThat(file.warnings()).extracting(FileIssue::segment, FileIssue::position)
			.containsExactly(tuple("SE", 11488));
	}

	@Test
	void readsComplexFileWithOtherSubscribersAndWrongTrailerCounts() {
		ClaimFile file = read("837p/imsweb_complex_multi_sbr.837");

		assertThat(file.claims()).extracting(SubmittedClaim::claimNumber)
			.containsExactly("A37YH556", "A37YH667", "A37YH668", "A37YH556", "A37YH667", "A37YH668");
		SubmittedClaim first = file.claims().getFirst();
		assertThat(first.location()).isEqualTo("2310C1");
		assertThat(first.priorPayers())
			.extracting(PriorPayerAdjudication::payerSequence, PriorPayerAdjudication::payerName)
			.containsExactly(tuple("S", "2330B1"), tuple("S", "2330B3"), tuple("S", "2330B4"));
		assertThat(first.priorPayers()).as("other payers listed without an adjudication")
			.extracting(PriorPayerAdjudication::adjudicated)
			.containsOnly(false);
		// NM1*82 in 2330D is another payer's provider id, not the claim's rendering
		// provider
		assertThat(first.renderingNpi()).isNull();
		SubmittedClaim second = file.claims().get(1);
		assertThat(second.patient().lastName()).isEqualTo("JONES");
		assertThat(second.patient().dateOfBirth()).isEqualTo(LocalDate.of(1989, 9, 16));
		assertThat(second.renderingNpi()).isEqualTo("303304");
		assertThat(file.warnings()).extracting(FileIssue::segment, FileIssue::position)
			.contains(tuple("SE", 149), tuple("SE", 296), tuple("GE", 297));
	}

	@Test
	void readsThreeFunctionalGroupsInOneInterchange() {
		ClaimFile file = read("837p/imsweb_multiple_gs_3gs_in_one_isa.837");

		assertThat(file.claims()).hasSize(6);
		assertThat(file.claims()).extracting(SubmittedClaim::serviceDateFrom)
			.containsExactly(LocalDate.of(2005, 3, 14), LocalDate.of(2005, 3, 22), LocalDate.of(2005, 3, 14),
					LocalDate.of(2001, 5, 23), LocalDate.of(2005, 3, 14), LocalDate.of(2001, 5, 23));
		assertThat(file.warnings()).extracting(FileIssue::segment).containsExactly("SE", "SE", "SE", "IEA");
	}

	@Test
	void readsFileWithTildeAsElementSeparator() {
		ClaimFile file = read("837p/imsweb_nonstandard_delimiters.837");

		assertThat(file.claims())
			.extracting(SubmittedClaim::claimNumber, SubmittedClaim::facilityCode, SubmittedClaim::frequencyCode)
			.containsExactly(tuple("A37YH556", "11", "1"), tuple("A37YH667", "11", "1"));
		assertThat(file.claims().getFirst().lines().getFirst().modifiers()).containsExactly("25");
	}

	@Test
	void readsInstitutionalClaimWithStatementDatesAndOtherPayer() {
		ClaimFile file = read("837i/lfh_x223_institutional_claim_secondary_sbr.837i");

		assertThat(file.format()).isEqualTo(FileFormat.X12_837I);
		assertThat(file.warnings()).isEmpty();
		SubmittedClaim claim = file.claims().getFirst();
		assertThat(claim.form()).isEqualTo(ClaimForm.INSTITUTIONAL);
		assertThat(claim.claimNumber()).isEqualTo("756048Q");
		assertThat(claim.billedAmount()).isEqualTo(money("89.93"));
		assertThat(claim.facilityCode()).isEqualTo("14");
		assertThat(claim.frequencyCode()).isEqualTo("1");
		assertThat(claim.payerName()).isEqualTo("MEDICARE B");
		assertThat(claim.billingNpi()).isEqualTo("9876540809");
		assertThat(claim.serviceDateFrom()).isEqualTo(LocalDate.of(1996, 9, 11));
		assertThat(claim.patient().dateOfBirth()).isEqualTo(LocalDate.of(1926, 11, 11));
		assertThat(claim.lines())
			.extracting(ServiceLine::revenueCode, ServiceLine::procedureCode, ServiceLine::charge, ServiceLine::units)
			.containsExactly(tuple("0305", "85025", money("13.39"), money("1.00")),
					tuple("0730", "93005", money("76.54"), money("3.00")));
		assertThat(claim.priorPayers())
			.extracting(PriorPayerAdjudication::payerSequence, PriorPayerAdjudication::payerName,
					PriorPayerAdjudication::payerId)
			.containsExactly(tuple("S", "STATE TEACHERS", "1135"));
	}

	@Test
	void readsRepricedClaimWhoseCompositesUseGreaterThan() {
		ClaimFile file = read("837i/lfh_x223_ppo_repriced_hcp_gt_in_composites.837i");

		SubmittedClaim claim = file.claims().getFirst();
		// CLM05 13>A>1 although ISA16 is ':'
		assertThat(claim.facilityCode()).isEqualTo("13");
		assertThat(claim.frequencyCode()).isEqualTo("1");
		assertThat(claim.patient().lastName()).isEqualTo("JONES");
		assertThat(claim.patient().firstName()).isEqualTo("JOY");
		assertThat(claim.patient().memberId()).isEqualTo("345U8423H");
		assertThat(claim.lines()).extracting(ServiceLine::procedureCode).containsExactly("92557", "92567");
		assertThat(claim.submissionDate()).isEqualTo(LocalDate.of(2005, 7, 21));
	}

	@Test
	void readsTwoSubscribersUnderOneBillingProvider() {
		ClaimFile file = read("837i/lfh_x223_two_claims_single_provider.837i");

		assertThat(file.claims())
			.extracting(SubmittedClaim::claimNumber, SubmittedClaim::billedAmount,
					(claim) -> claim.patient().lastName(), (claim) -> claim.lines().size())
			.containsExactly(tuple("756048Q", money("89.95"), "DOE", 2), tuple("756049Q", money("50.00"), "SMITH", 1));
		assertThat(file.claims()).extracting(SubmittedClaim::billingNpi).containsOnly("1234567890");
		assertThat(file.claims().get(1).serviceDateFrom()).isEqualTo(LocalDate.of(2005, 4, 1));
	}

	@Test
	void readsVersion4010InstitutionalReplacementClaimsWithThreePayers() {
		ClaimFile file = read("837i/pyx12_4010_837i_cob_svd_tertiary.837i");

		assertThat(file.format()).isEqualTo(FileFormat.X12_837I);
		assertThat(file.claims())
			.extracting(SubmittedClaim::claimNumber, SubmittedClaim::frequencyCode,
					SubmittedClaim::payerClaimControlNumber, SubmittedClaim::responsibilitySequence)
			.containsExactly(tuple("12522228", "7", "12522228", "S"), tuple("12522229", "7", "12522228", "S"));
		SubmittedClaim first = file.claims().getFirst();
		assertThat(first.isReplacement()).isTrue();
		assertThat(first.serviceDateFrom()).isEqualTo(LocalDate.of(2003, 12, 13));
		assertThat(first.serviceDateTo()).isEqualTo(LocalDate.of(2003, 12, 18));
		assertThat(first.lines()).extracting(ServiceLine::revenueCode).containsExactly("0100", "0101", "0102");
		assertThat(first.priorPayers())
			.extracting(PriorPayerAdjudication::payerSequence, PriorPayerAdjudication::payerId,
					PriorPayerAdjudication::paidAmount)
			.containsExactly(tuple("T", "552312313", money("0")), tuple("P", "13256235", money("0")));
		// SVD01 5222312313 matches no 2330B payer id (552312313): said for each of the 6
		// lines
		assertThat(file.warnings()).hasSize(6).extracting(FileIssue::segment).containsOnly("SVD");
	}

	@Test
	void theSubscribersMailingAddressIsThePatientsWhenThePatientIsTheSubscriber() {
		byte[] file = io.ardesk.test.X12Builder.claims837("ACME HEALTH", "ACME1")
			.claim("NOADDR-1", "P", "1", "20260105", "100.00")
			.subscriberAddress("12 ELM ST", "AURORA", "CO", "800121234")
			.claim("ADDR-1", "P", "1", "20260105", "100.00")
			.build();

		List<SubmittedClaim> claims = X12Files.read837(file).claims();
		assertThat(claims.get(0).patient().address()).isNull();
		assertThat(claims.get(1).patient().address())
			.isEqualTo(new PostalAddress("12 ELM ST", null, "AURORA", "CO", "800121234"));
		assertThat(claims.get(1).patient().address().toString()).doesNotContain("ELM");
	}

	@Test
	void patientIdentityNeverPrintsPatientData() {
		SubmittedClaim claim = read("837p/lfh_x222_example1_basic_4lines.837").claims().getFirst();

		assertThat(claim.toString()).doesNotContain("SMITH").doesNotContain("JS00111223333");
		assertThat(List.of(claim.patient()).toString()).isEqualTo("[PatientIdentity[redacted]]");
	}

}

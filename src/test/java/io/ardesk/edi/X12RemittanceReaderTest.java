package io.ardesk.edi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reads the good 835 samples. Every expected figure was worked out by hand from the
 * sample file itself.
 */
class X12RemittanceReaderTest {

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

	private static RemittanceFile read(String path) {
		return X12Files.read835(X12Samples.bytes(path));
	}

	@Test
	void readsNewYorkMedicaidAdviceWithDenialsAndRemarks() {
		RemittanceFile file = read("835/emedny_ny_medicaid_3claims_carc29_251_rarc.835");

		assertThat(file.warnings()).isEmpty();
		assertThat(file.advices()).hasSize(1);
		RemittanceAdvice advice = file.advices().getFirst();
		assertThat(advice.version()).isEqualTo("005010X221A1");
		assertThat(advice.controlNumber()).isEqualTo("1740");
		assertThat(advice.traceNumber()).isEqualTo("10100000000");
		assertThat(advice.payerName()).isEqualTo("NYSDOH");
		// no REF*2U and no N104: TRN03 1000000000 without its leading '1'
		assertThat(advice.payerId()).isEqualTo("000000000");
		assertThat(advice.payeeName()).isEqualTo("MAJOR MEDICAL PROVIDER");
		assertThat(advice.payeeNpi()).isEqualTo("9999999995");
		assertThat(advice.payee().taxId()).as("REF*TJ").isEqualTo("000000000");
		assertThat(advice.payee().position()).isPositive();
		assertThat(advice.totalPayment()).isEqualTo(money("45.75"));
		assertThat(advice.creditDebitFlag()).isEqualTo("C");
		assertThat(advice.paymentMethod()).isEqualTo("ACH");
		assertThat(advice.paymentDate()).isEqualTo(LocalDate.of(2010, 1, 1));
		assertThat(advice.position()).isEqualTo(3);
		assertThat(advice.providerAdjustments()).isEmpty();

		assertThat(advice.claims())
			.extracting(ClaimPayment::statusCode, ClaimPayment::charge, ClaimPayment::paid,
					(claim) -> claim.lines().size(), ClaimPayment::position)
			.containsExactly(tuple("1", money("34.25"), money("34.25"), 4, 15),
					tuple("2", money("34"), money("0"), 2, 34), tuple("2", money("34.25"), money("11.5"), 4, 46));

		ClaimPayment first = advice.claims().getFirst();
		assertThat(first.patientControlNumber()).isEqualTo("PATIENT ACCOUNT NUMBER");
		assertThat(first.filingIndicator()).isEqualTo("MC");
		assertThat(first.payerClaimControlNumber()).isEqualTo("1000210000000030");
		assertThat(first.facilityCode()).isEqualTo("11");
		assertThat(first.serviceDateFrom()).isEqualTo(LocalDate.of(2010, 1, 1));
		assertThat(first.serviceDateTo()).isEqualTo(LocalDate.of(2010, 1, 1));
		assertThat(first.patient()).isNotNull();
		assertThat(first.patient().lastName()).isEqualTo("SUBMITTED LAST");
		assertThat(first.patient().firstName()).isEqualTo("SUBMITTED FIRST");
		assertThat(first.patient().memberId()).isEqualTo("LL99999L");
		assertThat(first.patient().accountNumber()).isEqualTo("PATIENT ACCOUNT NUMBER");
		ServicePayment firstLine = first.lines().getFirst();
		assertThat(firstLine.procedureCode()).isEqualTo("V2020");
		assertThat(firstLine.modifiers()).containsExactly("RB");
		assertThat(firstLine.charge()).isEqualTo(money("6"));
		assertThat(firstLine.units()).isEqualTo(money("1"));
		assertThat(firstLine.allowedAmount()).isEqualTo(money("6"));
		assertThat(firstLine.serviceDate()).isEqualTo(LocalDate.of(2010, 1, 1));

		assertThat(advice.claims().get(1).lines()).flatExtracting(ServicePayment::adjustments)
			.containsExactly(new Adjustment("CO", "29", money("12"), null),
					new Adjustment("CO", "29", money("22"), null));
		ClaimPayment third = advice.claims().get(2);
		assertThat(third.lines().get(1).serviceDate()).isEqualTo(LocalDate.of(2013, 9, 17));
		assertThat(third.lines()).extracting(ServicePayment::remarkCodes)
			.containsExactly(List.of(), List.of(), List.of("N206"), List.of("N206"));
		assertThat(third.lines()).flatExtracting(ServicePayment::adjustments)
			.extracting(Adjustment::group, Adjustment::reason, Adjustment::amount)
			.containsExactly(tuple("CO", "251", money("2.75")), tuple("CO", "251", money("20")));
	}

	@Test
	void newlineTerminatedCopyReadsExactlyLikeTheTildeTerminatedOriginal() {
		RemittanceFile newline = read("835/emedny_newline_segment_terminator.835");
		RemittanceFile tilde = read("835/emedny_ny_medicaid_3claims_carc29_251_rarc.835");

		assertThat(newline.warnings()).isEmpty();
		assertThat(newline.advices()).hasSize(1).isEqualTo(tilde.advices());
	}

	@Test
	void readsEveryRepeatedInterchangeAndWarnsOnceAboutTheRepetition() {
		RemittanceFile file = read("835/emedny_156_duplicate_interchanges.835");

		assertThat(file.advices()).hasSize(156);
		assertThat(file.advices()).extracting(RemittanceAdvice::traceNumber).containsOnly("10100000000");
		assertThat(file.advices()).flatExtracting(RemittanceAdvice::claims).hasSize(468);
		assertThat(file.advices()).extracting(RemittanceAdvice::totalPayment).containsOnly(money("45.75"));
		// 69 segments per interchange: the second ST is segment 72 of the file
		assertThat(file.advices().get(1).position()).isEqualTo(72);
		assertThat(file.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.message()).contains("006000600").contains("156");
			assertThat(warning.segment()).isEqualTo("ISA");
			assertThat(warning.position()).isEqualTo(70);
		});
	}

	@Test
	void readsNegativeAdjustmentAndComponentSeparatorThatDiffersFromIsa16() {
		RemittanceFile file = read("835/lfh_x221_cob_contractual_negative_cas.835");

		assertThat(file.warnings()).isEmpty();
		RemittanceAdvice advice = file.advices().getFirst();
		assertThat(advice.paymentMethod()).isEqualTo("CHK");
		// the sample has one '*' too few, so 20050318 sits in BPR15 and BPR16 is empty
		assertThat(advice.paymentDate()).isNull();
		ClaimPayment claim = advice.claims().getFirst();
		assertThat(claim.statusCode()).isEqualTo("2");
		assertThat(claim.charge()).isEqualTo(money("541.00"));
		assertThat(claim.paid()).isEqualTo(money("34.00"));
		ServicePayment line = claim.lines().getFirst();
		// SVC*HC>55669 although ISA16 is ':'
		assertThat(line.procedureCode()).isEqualTo("55669");
		assertThat(line.units()).isEqualTo(money("1.00"));
		assertThat(line.allowedAmount()).isEqualTo(money("550.00"));
		assertThat(line.adjustments()).containsExactly(new Adjustment("OA", "23", money("516.00"), null),
				new Adjustment("OA", "94", money("-9.00"), null));
	}

	@Test
	void readsManagedCareClaimsWithClaimAndLineAdjustments() {
		RemittanceFile file = read("835/lfh_x221_managed_care_2claims.835");

		RemittanceAdvice advice = file.advices().getFirst();
		// BPR16 is 20002316 (month 23): kept out, said once
		assertThat(advice.paymentDate()).isNull();
		assertThat(file.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.segment()).isEqualTo("BPR");
			assertThat(warning.position()).isEqualTo(4);
		});
		assertThat(advice.payerId()).isEqualTo("935665544");
		assertThat(advice.payeeNpi()).isEqualTo("5544667733");
		assertThat(advice.totalPayment()).isEqualTo(money("945.00"));
		assertThat(advice.claims())
			.extracting(ClaimPayment::patientControlNumber, ClaimPayment::statusCode, ClaimPayment::paid,
					ClaimPayment::patientResponsibility)
			.containsExactly(tuple("5554555444", "1", money("450.00"), money("300.00")),
					tuple("8765432112", "1", money("495.00"), money("600.00")));
		ClaimPayment second = advice.claims().get(1);
		assertThat(second.adjustments()).containsExactly(new Adjustment("CO", "A2", money("55.00"), null));
		assertThat(second.lines().getFirst().adjustments())
			.extracting(Adjustment::group, Adjustment::reason, Adjustment::amount)
			.containsExactly(tuple("PR", "1", money("600.00")), tuple("CO", "45", money("50.00")));
		// DTM*150 stands in for the service date when there is no DTM*472
		assertThat(second.lines().getFirst().serviceDate()).isEqualTo(LocalDate.of(2002, 3, 10));
	}

	@Test
	void readsInstitutionalAdviceWhoseProviderAdjustmentMakesItBalance() {
		RemittanceFile file = read("835/lfh_x221_medicare_part_a_institutional_plb.835");

		// 150000.00 = 138018.40 + 11980.33 - (-1.27): balances only with the PLB
		assertThat(file.warnings()).isEmpty();
		RemittanceAdvice advice = file.advices().getFirst();
		assertThat(advice.payerId()).isEqualTo("999");
		assertThat(advice.payeeNpi()).isEqualTo("6543210903");
		assertThat(advice.providerAdjustments()).containsExactly(
				new ProviderAdjustment("6543210903", LocalDate.of(2002, 12, 31), "CV", "CP", money("-1.27")));
		assertThat(advice.claims())
			.extracting(ClaimPayment::filingIndicator, ClaimPayment::facilityCode, ClaimPayment::frequencyCode,
					ClaimPayment::remarkCodes)
			.containsExactly(tuple("MA", "11", "1", List.of()), tuple("MB", "13", "1", List.of("MA02")));
		assertThat(advice.claims().getFirst().adjustments())
			.containsExactly(new Adjustment("CO", "45", money("73348.57"), null));
		assertThat(advice.claims().getFirst().patient().memberId()).isEqualTo("666666666A");
	}

	@Test
	void readsThePayeeTaxIdFromN1AndTheProductionDate() {
		RemittanceAdvice advice = read("835/lfh_x221_secondary_payment_status2.835").advices().getFirst();
		assertThat(advice.payee().npi()).isNull();
		assertThat(advice.payee().taxId()).as("N1*PE*...*FI").isEqualTo("599944521");
		assertThat(advice.productionDate()).as("DTM*405").isEqualTo(LocalDate.of(2005, 4, 12));
		// its BPR names no payment date in BPR16: the production date stands in
		assertThat(advice.paymentDate()).isNull();
		assertThat(advice.effectiveDate()).isEqualTo(LocalDate.of(2005, 4, 12));
	}

	@Test
	void readsSecondaryPaymentWithMultiTripletCas() {
		RemittanceFile file = read("835/lfh_x221_secondary_payment_status2.835");

		assertThat(file.warnings()).isEmpty();
		RemittanceAdvice advice = file.advices().getFirst();
		assertThat(advice.claims()).extracting(ClaimPayment::statusCode).containsOnly("2");
		assertThat(advice.claims().getFirst().adjustments())
			.containsExactly(new Adjustment("OA", "23", money("9411.64"), null));
		ServicePayment line = advice.claims().get(1).lines().get(1);
		assertThat(line.procedureCode()).isEqualTo("66543");
		assertThat(line.modifiers()).containsExactly("26");
		// the sample puts 220 in SVC04; it is kept as written
		assertThat(line.revenueCode()).isEqualTo("220");
		assertThat(line.adjustments()).containsExactly(new Adjustment("PR", "1", money("150.00"), null),
				new Adjustment("PR", "2", money("70.00"), null), new Adjustment("CO", "42", money("85.00"), null));
	}

	@Test
	void warnsAboutTheTertiaryLineWhoseElementsAreShifted() {
		RemittanceFile file = read("835/lfh_x221_tertiary_payment_status3.835");

		ClaimPayment claim = file.advices().getFirst().claims().getFirst();
		assertThat(claim.statusCode()).isEqualTo("3");
		assertThat(claim.lines().getFirst().charge()).isEqualTo(money("24599.00"));
		// the claim balances (1766.50 = 187.50 + 1579.00) but its only line does not
		assertThat(file.warnings()).extracting(FileIssue::segment, FileIssue::position)
			.containsExactly(tuple("SVC", 20), tuple("SVC", 20));
		assertThat(file.warnings()).anySatisfy((warning) -> assertThat(warning.message()).contains("24599.00"));
	}

	@Test
	void readsVersion4010ReversalsAndWarnsThatThePaymentDoesNotBalance() {
		RemittanceFile file = read("835/pyx12_4010_reversal_status22_plb.835");

		RemittanceAdvice advice = file.advices().getFirst();
		assertThat(advice.version()).isEqualTo("004010X091A1");
		assertThat(advice.claims()).extracting(ClaimPayment::statusCode, ClaimPayment::charge, ClaimPayment::paid)
			.containsExactly(tuple("22", money("-310"), money("-210")), tuple("1", money("300"), money("200")),
					tuple("22", money("-500.25"), money("-500.25")));
		assertThat(advice.claims().getFirst().lines().getFirst().adjustments())
			.containsExactly(new Adjustment("CR", "45", money("-100"), null));
		assertThat(advice.providerAdjustments())
			.extracting(ProviderAdjustment::reasonCode, ProviderAdjustment::reference, ProviderAdjustment::amount)
			.containsExactly(tuple("CS", null, money("-1008.1")), tuple("CS", null, money("24.21")),
					tuple("CS", null, money("5.95")));
		// -510.25 - (-977.94) = 467.69, not the 5950.21 of BPR02
		assertThat(file.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.segment()).isEqualTo("BPR");
			assertThat(warning.position()).isEqualTo(4);
		});
	}

	@Test
	void readsZeroPayAdviceForADeniedClaim() {
		RemittanceFile file = read("835/pyx12_5010_denied_claim_status4_lq.835");

		assertThat(file.warnings()).isEmpty();
		RemittanceAdvice advice = file.advices().getFirst();
		assertThat(advice.totalPayment()).isEqualTo(money("0"));
		assertThat(advice.paymentMethod()).isEqualTo("NON");
		ClaimPayment claim = advice.claims().getFirst();
		assertThat(claim.statusCode()).isEqualTo("4");
		assertThat(claim.paid()).isEqualTo(money("0"));
		assertThat(claim.lines()).extracting(ServicePayment::charge, ServicePayment::remarkCodes)
			.containsExactly(tuple(money("500.04"), List.of("N14")), tuple(money("127.8"), List.of("N14")),
					tuple(money("287.55"), List.of("N14")));
		assertThat(claim.lines()).flatExtracting(ServicePayment::adjustments)
			.extracting(Adjustment::group, Adjustment::reason)
			.containsExactly(tuple("CO", "16"), tuple("OA", "A7"), tuple("OA", "A7"));
	}

	@Test
	void readsUnitedHealthcareAdviceWithGreaterThanComponentSeparator() {
		RemittanceFile file = read("835/uhc_legacy_gt_component_sep_2claims.835");

		assertThat(file.warnings()).isEmpty();
		RemittanceAdvice advice = file.advices().getFirst();
		assertThat(advice.payerId()).isEqualTo("87726");
		assertThat(advice.paymentDate()).isEqualTo(LocalDate.of(2021, 2, 4));
		assertThat(advice.claims()).extracting(ClaimPayment::paid).containsExactly(money("88.92"), money("261.07"));
		ClaimPayment second = advice.claims().get(1);
		assertThat(second.serviceDateFrom()).isEqualTo(LocalDate.of(2020, 12, 18));
		assertThat(second.serviceDateTo()).isEqualTo(LocalDate.of(2021, 1, 10));
		assertThat(second.lines()).extracting(ServicePayment::procedureCode, ServicePayment::lineControlNumber)
			.containsExactly(tuple("B4154", "123456789012"), tuple("B4034", "123456789013"),
					tuple("B4154", "123456789014"));
		assertThat(second.lines().get(2).adjustments()).containsExactly(new Adjustment("PR", "2", money("5.13"), null),
				new Adjustment("PR", "1", money("110"), null), new Adjustment("CO", "45", money("184.32"), null));
	}

	@Test
	void warnsAboutAClaimWhoseChargeDoesNotBalance() {
		byte[] content = X12Samples.edited("835/lfh_x221_cob_contractual_negative_cas.835", "CLP*0001000055*2*541.00",
				"CLP*0001000055*2*542.00");

		RemittanceFile file = X12Files.read835(content);

		assertThat(file.warnings()).singleElement().satisfies((warning) -> {
			assertThat(warning.segment()).isEqualTo("CLP");
			assertThat(warning.position()).isEqualTo(16);
		});
	}

	@Test
	void refusesAClaimWithoutItsPatientControlNumber() {
		byte[] content = X12Samples.edited("835/lfh_x221_cob_contractual_negative_cas.835", "CLP*0001000055*", "CLP**");

		assertThatExceptionOfType(MalformedFileException.class).isThrownBy(() -> X12Files.read835(content))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(FileIssue::segment, FileIssue::position)
				.containsExactly(tuple("CLP", 16)));
	}

	@Test
	void refusesAClaimFileOfferedAsRemittance() {
		assertThatExceptionOfType(MalformedFileException.class).isThrownBy(() -> read("837p/uhin_837p_icd10.837"))
			.satisfies((ex) -> assertThat(ex.issues().getFirst().segment()).isEqualTo("ST"));
	}

}

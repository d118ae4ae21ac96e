package io.ardesk.codes;

import java.io.StringReader;

import io.ardesk.shared.problem.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReasonCodeCatalogTest {

	private final ReasonCodeCatalog catalog = new ReasonCodeCatalog();

	@ParameterizedTest
	@CsvSource({ "PR,1", "PR,2", "PR,3", "PR,50", "PR,96", "pr,204" })
	void patientResponsibilityIsNeverADenial(String group, String carc) {
		assertThat(this.catalog.classify(group, carc)).isEqualTo(AdjustmentClass.PATIENT_RESPONSIBILITY);
		assertThat(this.catalog.category(group, carc)).isEqualTo(DenialCategory.PATIENT_RESPONSIBILITY);
	}

	@Test
	void deductibleCoinsuranceAndCopayAreDescribed() {
		assertThat(this.catalog.describe("PR", "1")).isEqualTo("PR-1: Deductible the patient owes");
		assertThat(this.catalog.carc("2")).map(ReasonCode::category).contains(DenialCategory.PATIENT_RESPONSIBILITY);
		assertThat(this.catalog.carc("3")).map(ReasonCode::category).contains(DenialCategory.PATIENT_RESPONSIBILITY);
	}

	@ParameterizedTest
	@CsvSource({ "CO,45", "CO,253", "CO,59", "CO,94", "CO,42", "CO,44", "CO,131", "CO,172", "CO,24" })
	void feeScheduleAndContractReductionsAreContractual(String group, String carc) {
		assertThat(this.catalog.classify(group, carc)).isEqualTo(AdjustmentClass.CONTRACTUAL);
	}

	@Test
	void co45IsDescribedWithItsGroup() {
		assertThat(this.catalog.describe("CO", "45"))
			.isEqualTo("CO-45: Charge exceeds the fee schedule or contracted amount");
	}

	@ParameterizedTest
	@CsvSource({ "CO,197,AUTHORIZATION", "CO,16,MISSING_INFORMATION", "OA,16,MISSING_INFORMATION",
			"PI,16,MISSING_INFORMATION", "CO,29,TIMELY_FILING", "CO,50,MEDICAL_NECESSITY", "OA,18,DUPLICATE",
			"CO,27,ELIGIBILITY", "CO,22,COORDINATION_OF_BENEFITS", "CO,97,CODING_BUNDLING", "CO,B15,CODING_BUNDLING",
			"CO,181,CODING_BUNDLING", "co,234,CODING_BUNDLING" })
	void realDenialsAreClassifiedWithTheirCategory(String group, String carc, DenialCategory category) {
		assertThat(this.catalog.classify(group, carc)).isEqualTo(AdjustmentClass.DENIAL);
		assertThat(this.catalog.category(group, carc)).isEqualTo(category);
	}

	@Test
	void priorPayerImpactIsNotADenial() {
		assertThat(this.catalog.classify("OA", "23")).isEqualTo(AdjustmentClass.PRIOR_PAYER);
	}

	@Test
	void correctionAndReversalIsAnOtherReduction() {
		assertThat(this.catalog.classify("CR", "16")).isEqualTo(AdjustmentClass.OTHER_REDUCTION);
	}

	@Test
	void deductibleOutsidePrIsNotBillableToThePatient() {
		assertThat(this.catalog.classify("CO", "1")).isEqualTo(AdjustmentClass.OTHER_REDUCTION);
	}

	@Test
	void paymentToSomeoneElseIsNotADenial() {
		assertThat(this.catalog.classify("OA", "100")).isEqualTo(AdjustmentClass.OTHER_REDUCTION);
	}

	@Test
	void unknownCodeIsDescribedGracefullyAndSentForReview() {
		assertThat(this.catalog.describe("CO", "Z99")).startsWith("CO-Z99: ").contains("not in the catalogue");
		assertThat(this.catalog.describe("", " ")).isEqualTo("No reason code given");
		assertThat(this.catalog.carc("Z99")).isEmpty();
		assertThat(this.catalog.category("CO", "Z99")).isEqualTo(DenialCategory.OTHER);
		assertThat(this.catalog.classify("CO", "Z99")).isEqualTo(AdjustmentClass.DENIAL);
	}

	@Test
	void catalogueHoldsTheCommonCodesWithShortDescriptions() {
		assertThat(this.catalog.allCarcs()).hasSizeGreaterThanOrEqualTo(150)
			.allSatisfy((code) -> assertThat(code.description()).isNotBlank().hasSizeLessThanOrEqualTo(90));
		assertThat(this.catalog.allRarcs()).hasSizeGreaterThanOrEqualTo(100)
			.allSatisfy((code) -> assertThat(code.description()).isNotBlank().hasSizeLessThanOrEqualTo(90));
		assertThat(this.catalog.rarc("n206")).isPresent();
		assertThat(this.catalog.rarc("MA01")).isPresent();
		assertThat(this.catalog.rarc("MA02")).isPresent();
	}

	@Test
	void codesAreListedInOfficialOrder() {
		assertThat(this.catalog.allCarcs()).extracting(ReasonCode::code).startsWith("1", "2", "3", "4");
		assertThat(this.catalog.allCarcs().stream().map(ReasonCode::code).toList()).containsSubsequence("9", "10",
				"300", "A0", "B9", "B10", "P1", "P2", "P10");
	}

	@Test
	void officialListOverridesDescriptionsKeepsCategoriesAndAddsCodes() {
		String csv = """
				code,description
				45,"Charge exceeds fee schedule, official wording"
				Y9,A brand new code
				""";
		int loaded = this.catalog.loadOfficialList(new StringReader(csv), CodeList.CARC);

		assertThat(loaded).isEqualTo(2);
		assertThat(this.catalog.carc("45")).hasValue(
				new ReasonCode("45", "Charge exceeds fee schedule, official wording", DenialCategory.CONTRACTUAL));
		assertThat(this.catalog.carc("Y9")).map(ReasonCode::category).contains(DenialCategory.OTHER);
		assertThat(this.catalog.classify("CO", "45")).isEqualTo(AdjustmentClass.CONTRACTUAL);
	}

	@Test
	void officialListMayGiveCategories() {
		this.catalog.loadOfficialList(new StringReader("Y8,Something new,Timely filing\n"), CodeList.CARC);

		assertThat(this.catalog.category("CO", "Y8")).isEqualTo(DenialCategory.TIMELY_FILING);
	}

	@Test
	void officialRemarkListIsMerged() {
		int loaded = this.catalog.loadOfficialList(new StringReader("N9999,Invented remark\r\nM15,New wording\r\n"),
				CodeList.RARC);

		assertThat(loaded).isEqualTo(2);
		assertThat(this.catalog.rarc("M15")).map(RemarkCode::description).contains("New wording");
		assertThat(this.catalog.rarc("N9999")).isPresent();
	}

	@Test
	void badRowIsRejectedNamingItsLineAndNothingIsMerged() {
		String csv = """
				code,description
				45,New wording

				not a code!,whatever
				""";

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.catalog.loadOfficialList(new StringReader(csv), CodeList.CARC))
			.withMessageContaining("line 4");
		assertThat(this.catalog.carc("45")).map(ReasonCode::description)
			.contains("Charge exceeds the fee schedule or contracted amount");
	}

	@Test
	void rowWithoutDescriptionOrWithUnknownCategoryIsRejected() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.catalog.loadOfficialList(new StringReader("45,\n50,Fine,Nonsense\n"), CodeList.CARC))
			.withMessageContaining("line 1")
			.withMessageContaining("line 2");
	}

}

package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.edi.Adjustment;
import io.ardesk.edi.PatientIdentity;
import io.ardesk.edi.PriorPayerAdjudication;
import io.ardesk.edi.ServiceLine;
import io.ardesk.edi.SubmittedClaim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a claim to a secondary or tertiary payer opens with. */
class CoordinationOfBenefitsTest {

	static final CoordinationOfBenefits COB = new CoordinationOfBenefits(new ReasonCodeCatalog());

	@Test
	void aPrimaryClaimOpensWithTheWholeChargeEvenWithASecondaryOnFile() {
		Balances opening = COB.opening(claim("P", "100.00",
				new PriorPayerAdjudication("S", "SUPPLEMENT", "S1", BigDecimal.ZERO, List.of(), null, false)));
		assertThat(opening.insuranceBalance()).isEqualByComparingTo("100.00");
		assertThat(opening.payerPaid()).isEqualByComparingTo("0");
	}

	@Test
	void theRemainingPatientLiabilityIsWhatTheSecondaryCanOwe() {
		Balances opening = COB
			.opening(claim("S", "120.00", new PriorPayerAdjudication("P", "PRIMARY", "P1", money("80.00"),
					List.of(adjustment("CO", "45", "25.00"), adjustment("PR", "2", "15.00")), money("15.00"), true)));
		assertThat(opening.payerPaid()).isEqualByComparingTo("80.00");
		assertThat(opening.contractual()).isEqualByComparingTo("25.00");
		assertThat(opening.insuranceBalance()).isEqualByComparingTo("15.00");
		assertThat(opening.accountedFor()).isEqualByComparingTo("120.00");
	}

	@Test
	void withoutARemainingLiabilityWhatTheEarlierPayersNeitherPaidNorAdjustedAwayStaysOpen() {
		// A denial by the primary is not a reduction: the secondary may pay it.
		Balances opening = COB.opening(
				claim("S", "300.00",
						new PriorPayerAdjudication(
								"P", "PRIMARY", "P1", money("100.00"), List.of(adjustment("CO", "45", "50.00"),
										adjustment("CO", "197", "100.00"), adjustment("PR", "1", "50.00")),
								null, true)));
		assertThat(opening.insuranceBalance()).isEqualByComparingTo("150.00");
		assertThat(opening.contractual()).isEqualByComparingTo("50.00");
		assertThat(opening.accountedFor()).isEqualByComparingTo("300.00");
	}

	@Test
	void aTertiaryClaimCountsBothEarlierPayersAndTheLastRemainingLiability() {
		Balances opening = COB.opening(claim("T", "200.00",
				new PriorPayerAdjudication("P", "PRIMARY", "P1", money("120.00"),
						List.of(adjustment("CO", "45", "40.00")), money("40.00"), true),
				new PriorPayerAdjudication("S", "SECONDARY", "S1", money("30.00"),
						List.of(adjustment("OA", "23", "160.00"), adjustment("PR", "2", "10.00")), money("10.00"),
						true)));
		assertThat(opening.payerPaid()).isEqualByComparingTo("150.00");
		assertThat(opening.insuranceBalance()).as("what the secondary left").isEqualByComparingTo("10.00");
		assertThat(opening.contractual()).isEqualByComparingTo("40.00");
		assertThat(opening.accountedFor()).isEqualByComparingTo("200.00");
	}

	@Test
	void aRemainingLiabilityAboveWhatIsUnpaidIsCappedSoTheLedgerStillAddsUp() {
		Balances opening = COB.opening(claim("S", "100.00",
				new PriorPayerAdjudication("P", "PRIMARY", "P1", money("90.00"), List.of(), money("40.00"), true)));
		assertThat(opening.insuranceBalance()).isEqualByComparingTo("10.00");
		assertThat(opening.accountedFor()).isEqualByComparingTo("100.00");
	}

	private static SubmittedClaim claim(String sequence, String billed, PriorPayerAdjudication... priors) {
		return new SubmittedClaim("C1", SubmittedClaim.ClaimForm.PROFESSIONAL, "1", null, null, "PAYER", "X1", sequence,
				null, null, null, new PatientIdentity("A1", null, "DOE", null, null), LocalDate.of(2026, 1, 5), null,
				null, money(billed),
				List.of(new ServiceLine(1, "99213", List.of(), null, BigDecimal.ONE, money(billed), null, null, null)),
				List.of(priors), 1, null);
	}

	private static Adjustment adjustment(String group, String reason, String amount) {
		return new Adjustment(group, reason, money(amount), null);
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

}

package io.ardesk.claims.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.claims.Adjudication;
import io.ardesk.claims.internal.OtherPayers.OtherPayer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The payer-sequence rules of posting, one decision at a time. */
class PostingRulesTest {

	static final long PRIMARY = 1;

	static final long SECONDARY = 2;

	@Test
	void aPrimaryPatientShareGoesToThePatientWhenNoNextPayerIsOnFile() {
		PostingRules.Result result = PostingRules.apply(claim("100.00", List.of()),
				decision("1", PRIMARY, "60.00", "20.00", "20.00", "0"), null, true);
		assertBalances(result.state().balances(), "0.00", "20.00", "0.00");
		assertThat(result.sequence()).isEqualTo("P");
	}

	@Test
	void aPrimaryPatientShareWaitsForTheSecondaryOnFileWhenTheClientBillsIt() {
		PostingRules.ClaimState claim = claim("100.00", List.of(next("S", SECONDARY)));
		assertBalances(PostingRules.apply(claim, decision("1", PRIMARY, "60.00", "20.00", "20.00", "0"), null, true)
			.state()
			.balances(), "20.00", "0.00", "20.00");
		// A client whose secondary payers the firm does not bill: the patient owes it.
		assertBalances(PostingRules.apply(claim, decision("1", PRIMARY, "60.00", "20.00", "20.00", "0"), null, false)
			.state()
			.balances(), "0.00", "20.00", "0.00");
	}

	@Test
	void aCrossoverWaitsForTheSecondaryWhateverTheClientBills() {
		PostingRules.Result result = PostingRules.apply(claim("100.00", List.of()),
				decision("19", PRIMARY, "60.00", "20.00", "20.00", "0"), null, false);
		assertBalances(result.state().balances(), "20.00", "0.00", "20.00");
		assertThat(result.state().balances().crossover()).isTrue();
	}

	@Test
	void aSecondaryPaysWhatAwaitsItThenThePatientsShareAndMovesTheClaimToItself() {
		Balances afterPrimary = new Balances(money("60.00"), money("0"), money("20.00"), money("0"), money("0"),
				money("0"), money("10.00"), money("10.00"), money("10.00"), null, null, false, true);
		PostingRules.ClaimState claim = new PostingRules.ClaimState(afterPrimary, "P", PRIMARY, List.of());
		PostingRules.Result result = PostingRules.apply(claim, decision("2", SECONDARY, "15.00", "0", "5.00", "0"),
				null, true);
		// 10.00 awaited it, the other 5.00 it paid covers the patient's share; its own
		// patient responsibility has nothing left awaiting to move.
		assertBalances(result.state().balances(), "0.00", "5.00", "0.00");
		assertThat(result.state().responsibility()).isEqualTo("S");
		assertThat(result.state().payerId()).isEqualTo(SECONDARY);
		assertThat(result.sequence()).isEqualTo("S");
	}

	@Test
	void aPayerOnFileAsTheSecondaryIsTheSecondaryEvenWhenItSaysPrimary() {
		PostingRules.ClaimState claim = claim("100.00", List.of(next("S", SECONDARY)));
		assertThat(PostingRules.sequenceOf(decision("1", SECONDARY, "0", "0", "0", "0"), claim)).isEqualTo("S");
		assertThat(PostingRules.sequenceOf(decision("1", PRIMARY, "0", "0", "0", "0"), claim)).isEqualTo("P");
		assertThat(PostingRules.sequenceOf(decision("4", 99, "0", "0", "0", "0"), claim)).isEqualTo("P");
	}

	@Test
	void aLaterDenialAddsToWhatIsDeniedAndOpenInsteadOfReplacingIt() {
		Balances denied = new Balances(money("80.00"), money("0"), money("20.00"), money("0"), money("0"),
				money("100.00"), money("200.00"), money("0"), money("0"), "AUTHORIZATION", "CO-197", false, true);
		PostingRules.Result result = PostingRules.apply(new PostingRules.ClaimState(denied, "P", PRIMARY, List.of()),
				decision("1", PRIMARY, "0", "0", "0", "100.00"), null, true);
		assertThat(result.state().balances().deniedOpen()).isEqualByComparingTo("200.00");
		assertThat(result.state().balances().denialReason()).as("the first open denial names it").isEqualTo("CO-197");
	}

	@Test
	void aMatchedReversalTakesBackExactlyWhatTheOriginalPosted() {
		Balances before = new Balances(money("60.00"), money("0"), money("20.00"), money("0"), money("0"), money("0"),
				money("0.00"), money("20.00"), money("0"), null, null, false, true);
		BalanceChange original = new BalanceChange(money("0"), money("60.00"), money("0"), money("20.00"), money("0"),
				money("0"), money("-100.00"), money("20.00"), money("0"), money("0"));
		PostingRules.Result result = PostingRules.apply(new PostingRules.ClaimState(before, "P", PRIMARY, List.of()),
				decision("22", PRIMARY, "-60.00", "-20.00", "-20.00", "0"), original, true);
		assertBalances(result.state().balances(), "100.00", "0.00", "0.00");
		assertThat(result.state().balances().payerPaid()).isEqualByComparingTo("0.00");
	}

	private static PostingRules.ClaimState claim(String billed, List<OtherPayer> others) {
		return new PostingRules.ClaimState(Balances.opened(money(billed)), "P", PRIMARY, others);
	}

	private static OtherPayer next(String sequence, long payerId) {
		return new OtherPayer(7, sequence, payerId, false, null, null, null, null);
	}

	private static Adjudication decision(String status, long payerId, String paid, String contractual, String patient,
			String denied) {
		return new Adjudication(7, 1, status, payerId, null, money(paid), money(contractual), BigDecimal.ZERO,
				money(patient), money(denied), (money(denied).signum() > 0) ? "MEDICAL_NECESSITY" : null,
				(money(denied).signum() > 0) ? "CO-50" : null, LocalDate.of(2026, 2, 10), null, "test");
	}

	private static void assertBalances(Balances balances, String insurance, String patient, String awaiting) {
		assertThat(balances.insuranceBalance()).as("insurance").isEqualByComparingTo(insurance);
		assertThat(balances.patientBalance()).as("patient").isEqualByComparingTo(patient);
		assertThat(balances.awaitingNextPayer()).as("awaiting the next payer").isEqualByComparingTo(awaiting);
		assertThat(balances.accountedFor()).as("the ledger invariant: all of the billed 100.00 accounted for")
			.isEqualByComparingTo("100.00");
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

}

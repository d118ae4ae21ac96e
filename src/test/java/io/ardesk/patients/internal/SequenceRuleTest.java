package io.ardesk.patients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.ardesk.patients.LetterSent;
import io.ardesk.patients.LetterSequence;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.patients.SequenceHold;
import io.ardesk.tenancy.StatementPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letter sequence as "today" moves on: the facts stay, the day changes, as a
 * practice's biller would see the account week after week.
 */
class SequenceRuleTest {

	static final StatementPolicy POLICY = new StatementPolicy(21, 30, 30, 30, new BigDecimal("5.00"), 1);

	static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);

	@Test
	void theFirstLetterIsAStatementEvenForABalanceNearlyAYearOld() {
		LocalDate since = JAN_1.minusDays(342);
		LetterSequence sequence = SequenceRule.of(facts(null, null, since), POLICY, JAN_1);
		assertThat(sequence.next()).isEqualTo(ReminderLevel.STATEMENT);
		assertThat(sequence.letterDue()).isTrue();
		assertThat(sequence.collectionsPossible()).isFalse();
		assertThat(sequence.collectionsFrom()).isNull();
	}

	@Test
	void aReminderFollowsTheStatementOnlyAfterThirtyDays() {
		SequenceFacts sentJan1 = facts(letter(ReminderLevel.STATEMENT, JAN_1), null, JAN_1.minusDays(200));
		LetterSequence day29 = SequenceRule.of(sentJan1, POLICY, JAN_1.plusDays(29));
		assertThat(day29.next()).isEqualTo(ReminderLevel.REMINDER);
		assertThat(day29.nextDue()).isEqualTo(JAN_1.plusDays(30));
		assertThat(day29.letterDue()).isFalse();
		assertThat(SequenceRule.of(sentJan1, POLICY, JAN_1.plusDays(30)).letterDue()).isTrue();
	}

	@Test
	void theFinalNoticeComesOnlyAfterTheReminderAndNeverStraightAfterAStatement() {
		SequenceFacts statementOnly = facts(letter(ReminderLevel.STATEMENT, JAN_1), null, JAN_1.minusDays(100));
		// Months later, the balance is old, but the patient only ever had a statement.
		LetterSequence muchLater = SequenceRule.of(statementOnly, POLICY, JAN_1.plusDays(200));
		assertThat(muchLater.next()).isEqualTo(ReminderLevel.REMINDER);

		SequenceFacts reminded = facts(letter(ReminderLevel.REMINDER, JAN_1), null, JAN_1.minusDays(100));
		assertThat(SequenceRule.of(reminded, POLICY, JAN_1.plusDays(29)).letterDue()).isFalse();
		LetterSequence day30 = SequenceRule.of(reminded, POLICY, JAN_1.plusDays(30));
		assertThat(day30.next()).isEqualTo(ReminderLevel.FINAL_NOTICE);
		assertThat(day30.letterDue()).isTrue();
	}

	@Test
	void collectionsOpenOnlyAfterTheWaitingPeriodFollowingTheFinalNotice() {
		SequenceFacts noticed = facts(letter(ReminderLevel.FINAL_NOTICE, JAN_1), null, JAN_1.minusDays(100));
		LetterSequence day29 = SequenceRule.of(noticed, POLICY, JAN_1.plusDays(29));
		assertThat(day29.next()).isNull();
		assertThat(day29.letterDue()).isFalse();
		assertThat(day29.collectionsFrom()).isEqualTo(JAN_1.plusDays(30));
		assertThat(day29.collectionsPossible()).isFalse();
		assertThat(SequenceRule.of(noticed, POLICY, JAN_1.plusDays(30)).collectionsPossible()).isTrue();
	}

	@Test
	void aPaymentRestartsTheSequenceAtAStatementACycleAfterThePayment() {
		LocalDate paid = JAN_1.plusDays(10);
		SequenceFacts paidAfterReminder = facts(letter(ReminderLevel.REMINDER, JAN_1), paid, JAN_1.minusDays(100));
		LetterSequence sequence = SequenceRule.of(paidAfterReminder, POLICY, JAN_1.plusDays(35));
		assertThat(sequence.last()).isNull();
		assertThat(sequence.restartedOn()).isEqualTo(paid);
		assertThat(sequence.next()).isEqualTo(ReminderLevel.STATEMENT);
		assertThat(sequence.nextDue()).isEqualTo(paid.plusDays(30));
		assertThat(sequence.letterDue()).isFalse();
		assertThat(SequenceRule.of(paidAfterReminder, POLICY, paid.plusDays(30)).letterDue()).isTrue();
	}

	@Test
	void aPaymentAfterTheFinalNoticeClosesTheWayToCollections() {
		SequenceFacts paid = facts(letter(ReminderLevel.FINAL_NOTICE, JAN_1), JAN_1.plusDays(20), JAN_1.minusDays(100));
		LetterSequence sequence = SequenceRule.of(paid, POLICY, JAN_1.plusDays(60));
		assertThat(sequence.collectionsPossible()).isFalse();
		assertThat(sequence.next()).isEqualTo(ReminderLevel.STATEMENT);
	}

	@Test
	void aPaymentOnTheLettersOwnDayCountsAsMadeAfterIt() {
		SequenceFacts sameDay = facts(letter(ReminderLevel.STATEMENT, JAN_1), JAN_1, JAN_1.minusDays(40));
		assertThat(SequenceRule.of(sameDay, POLICY, JAN_1.plusDays(31)).last()).isNull();
	}

	@Test
	void aPaymentPlanOnScheduleHoldsLettersAndCollections() {
		SequenceFacts onPlan = new SequenceFacts(letter(ReminderLevel.FINAL_NOTICE, JAN_1), null, JAN_1.minusDays(100),
				true, false);
		LetterSequence sequence = SequenceRule.of(onPlan, POLICY, JAN_1.plusDays(90));
		assertThat(sequence.hold()).isEqualTo(SequenceHold.PAYMENT_PLAN);
		assertThat(sequence.collectionsPossible()).isFalse();
		SequenceFacts statementOnPlan = new SequenceFacts(letter(ReminderLevel.STATEMENT, JAN_1), null,
				JAN_1.minusDays(100), true, false);
		assertThat(SequenceRule.of(statementOnPlan, POLICY, JAN_1.plusDays(90)).letterDue()).isFalse();
	}

	@Test
	void aNewChargeDoesNotRestartTheSequenceOfTheOlderBalance() {
		// The oldest open balance is still the one the statement was about; a visit
		// adjudicated after the statement adds to the balance but not to its age.
		SequenceFacts withNewCharge = facts(letter(ReminderLevel.STATEMENT, JAN_1), null, JAN_1.minusDays(20));
		LetterSequence sequence = SequenceRule.of(withNewCharge, POLICY, JAN_1.plusDays(30));
		assertThat(sequence.next()).isEqualTo(ReminderLevel.REMINDER);
		assertThat(sequence.letterDue()).isTrue();
	}

	@Test
	void aLetterAboutABalanceSinceClearedDoesNotCountAgainstANewOne() {
		// A reminder went out, insurance then paid that visit; a new balance arose later.
		SequenceFacts newBalance = facts(letter(ReminderLevel.REMINDER, JAN_1), null, JAN_1.plusDays(40));
		LetterSequence sequence = SequenceRule.of(newBalance, POLICY, JAN_1.plusDays(45));
		assertThat(sequence.last()).isNull();
		assertThat(sequence.next()).isEqualTo(ReminderLevel.STATEMENT);
		assertThat(sequence.letterDue()).isTrue();
	}

	@Test
	void noLetterGoesToABalanceWithACollectionAgency() {
		SequenceFacts handedOff = new SequenceFacts(letter(ReminderLevel.FINAL_NOTICE, JAN_1), null,
				JAN_1.minusDays(100), false, true);
		LetterSequence sequence = SequenceRule.of(handedOff, POLICY, JAN_1.plusDays(90));
		assertThat(sequence.hold()).isEqualTo(SequenceHold.IN_COLLECTIONS);
		assertThat(sequence.letterDue()).isFalse();
		assertThat(sequence.collectionsPossible()).isFalse();
	}

	@Test
	void intervalsComeFromThePracticesPolicy() {
		StatementPolicy quick = new StatementPolicy(14, 20, 15, 10, new BigDecimal("5.00"), 1);
		assertThat(SequenceRule.of(facts(letter(ReminderLevel.STATEMENT, JAN_1), null, JAN_1), quick, JAN_1).nextDue())
			.isEqualTo(JAN_1.plusDays(20));
		assertThat(SequenceRule.of(facts(letter(ReminderLevel.REMINDER, JAN_1), null, JAN_1), quick, JAN_1).nextDue())
			.isEqualTo(JAN_1.plusDays(15));
		assertThat(SequenceRule.of(facts(letter(ReminderLevel.FINAL_NOTICE, JAN_1), null, JAN_1), quick, JAN_1)
			.collectionsFrom()).isEqualTo(JAN_1.plusDays(10));
	}

	private static SequenceFacts facts(@Nullable LetterSent latest, @Nullable LocalDate paid, LocalDate since) {
		return new SequenceFacts(latest, paid, since, false, false);
	}

	private static LetterSent letter(ReminderLevel level, LocalDate on) {
		return new LetterSent(level, on);
	}

}

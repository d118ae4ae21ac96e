package io.ardesk.patients;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderLevelTest {

	@ParameterizedTest
	@CsvSource({ "0, NEW", "29, NEW", "30, REMINDER", "59, REMINDER", "60, SECOND_NOTICE", "89, SECOND_NOTICE",
			"90, FINAL_NOTICE", "400, FINAL_NOTICE" })
	void levelFollowsTheAgeOfTheOldestBalance(long days, ReminderLevel expected) {
		assertThat(ReminderLevel.forAgeInDays(days)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "1, Reminder", "2, Second notice", "3, Final notice before collections" })
	void statementsCarryTheWordingOfTheirLevel(int level, String wording) {
		assertThat(ReminderLevel.of(level).wording()).isEqualTo(wording);
		assertThat(ReminderLevel.of(level).level()).isEqualTo(level);
	}

}

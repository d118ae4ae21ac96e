package io.ardesk.patients;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderLevelTest {

	@Test
	void aStatementIsFollowedByAReminderThenTheFinalNoticeThenNothing() {
		assertThat(ReminderLevel.STATEMENT.next()).isEqualTo(ReminderLevel.REMINDER);
		assertThat(ReminderLevel.REMINDER.next()).isEqualTo(ReminderLevel.FINAL_NOTICE);
		assertThat(ReminderLevel.FINAL_NOTICE.next()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "STATEMENT, Statement", "REMINDER, Reminder: your balance is past due",
			"FINAL_NOTICE, Final notice before collections" })
	void lettersCarryTheWordingOfTheirLevel(ReminderLevel level, String wording) {
		assertThat(level.wording()).isEqualTo(wording);
	}

}

package io.ardesk.portal.ui;

import io.ardesk.shared.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class SessionErrorHandlerTest {

	@Test
	void aDomainFailureIsShownWithItsOwnMessage() {
		RuntimeException wrapped = new RuntimeException("listener failed",
				new InvalidInputException("note", "The note is longer than 4000 characters."));

		assertThat(SessionErrorHandler.messageFor(wrapped)).isEqualTo("The note is longer than 4000 characters.");
	}

	@Test
	void anUnexpectedFailureIsShownAsSomethingWentWrongWithAReferenceNeverItsText() {
		String message = SessionErrorHandler
			.messageFor(new DataIntegrityViolationException("ERROR: value too long for type character varying(100)"));

		assertThat(message).matches("Something went wrong \\(reference [0-9A-F]{8}\\)\\..*")
			.doesNotContain("ERROR")
			.doesNotContain("character varying");
	}

}

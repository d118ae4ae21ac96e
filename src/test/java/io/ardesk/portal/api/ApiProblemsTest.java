package io.ardesk.portal.api;

import io.ardesk.security.ClientAccess;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.PayloadTooLargeException;
import io.ardesk.shared.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class ApiProblemsTest {

	final ApiProblems problems = new ApiProblems(mock(ClientAccess.class));

	@Test
	void aDataIntegrityViolationIsAGeneric500WithAReferenceAndNoDatabaseText() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/clients/x/claims/A-1/notes");
		DataIntegrityViolationException failure = new DataIntegrityViolationException(
				"ERROR: value too long for type character varying(100); SQL [insert into follow_up ...]");

		ResponseEntity<ProblemDetail> response = this.problems.unexpected(failure, request);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		ProblemDetail problem = response.getBody();
		String reference = (String) problem.getProperties().get("reference");
		assertThat(reference).matches("[0-9A-F]{8}");
		assertThat(problem.getDetail()).contains(reference)
			.doesNotContain("ERROR")
			.doesNotContain("character varying")
			.doesNotContain("SQL");
	}

	@Test
	void eachDomainFailureKeepsItsStatusMessageAndField() {
		assertThat(status(new InvalidInputException("note", "The note is too long."))).isEqualTo(400);
		assertThat(status(new RuleViolationException("amount", "Above the balance."))).isEqualTo(422);
		assertThat(status(new NotFoundException("No such claim for this client."))).isEqualTo(404);
		assertThat(status(new ConflictException(null, "Already decided."))).isEqualTo(409);
		assertThat(status(new PayloadTooLargeException("file", "Too large."))).isEqualTo(413);

		ProblemDetail problem = this.problems.domain(new InvalidInputException("repName", "The rep name is too long."))
			.getBody();
		assertThat(problem.getDetail()).isEqualTo("The rep name is too long.");
		assertThat(problem.getProperties()).containsEntry("field", "repName");
	}

	private int status(io.ardesk.shared.problem.DomainException ex) {
		return this.problems.domain(ex).getStatusCode().value();
	}

}

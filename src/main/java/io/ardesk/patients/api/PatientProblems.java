package io.ardesk.patients.api;

import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.RuleViolationException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Domain failures of the patient-balance API as problem details naming the field: 400 bad
 * input, 404 unknown patient, letter or run, 409 conflict, 422 a rule refuses (a letter
 * not yet due, collections too early, no mailing address).
 */
@RestControllerAdvice(
		assignableTypes = { PatientReceivablesApi.class, PatientStatementsApi.class, StatementRunsApi.class })
class PatientProblems {

	@ExceptionHandler(DomainException.class)
	ProblemDetail domain(DomainException ex) {
		HttpStatus status = switch (ex) {
			case InvalidInputException invalid -> HttpStatus.BAD_REQUEST;
			case NotFoundException notFound -> HttpStatus.NOT_FOUND;
			case ConflictException conflict -> HttpStatus.CONFLICT;
			case RuleViolationException rule -> HttpStatus.UNPROCESSABLE_CONTENT;
			default -> HttpStatus.BAD_REQUEST;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
		}
		return problem;
	}

}

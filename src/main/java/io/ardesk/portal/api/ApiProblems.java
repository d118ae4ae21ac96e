package io.ardesk.portal.api;

import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.UnknownClientException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns domain failures of every REST controller into problem details. */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

	@ExceptionHandler(UnknownClientException.class)
	ProblemDetail unknownClient(UnknownClientException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such client.");
	}

	@ExceptionHandler(ClientAccessDeniedException.class)
	ProblemDetail clientDenied(ClientAccessDeniedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not do this.");
	}

	/**
	 * JPA's version conflicts and services checking a version by hand (the claim
	 * workspace) both end here: the common superclass.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else changed this in the meantime. Reload and try again.");
	}

	/**
	 * The shared domain failures: the message is written for the user, and the field it
	 * is about travels along.
	 */
	@ExceptionHandler(DomainException.class)
	ProblemDetail domain(DomainException ex) {
		HttpStatus status = switch (ex) {
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

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}

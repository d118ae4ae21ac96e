package io.ardesk.claims.api;

import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.RuleViolationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Domain exceptions of the claims endpoints as problem details naming the field. The
 * portal's global handler does the same for every module; this one keeps these endpoints
 * right on their own.
 */
@RestControllerAdvice(basePackageClasses = ClaimsApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClaimsApiProblems {

	@ExceptionHandler(DomainException.class)
	ProblemDetail domain(DomainException ex) {
		HttpStatus status = switch (ex) {
			case InvalidInputException invalid -> HttpStatus.BAD_REQUEST;
			case RuleViolationException rule -> HttpStatus.UNPROCESSABLE_CONTENT;
			case NotFoundException missing -> HttpStatus.NOT_FOUND;
			case ConflictException conflict -> HttpStatus.CONFLICT;
			default -> HttpStatus.BAD_REQUEST;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
		}
		return problem;
	}

}

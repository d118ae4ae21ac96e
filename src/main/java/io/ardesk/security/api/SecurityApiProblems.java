package io.ardesk.security.api;

import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.RuleViolationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Problem details for this module's controllers: the domain exception's status and
 * message, and the field it is about. (The portal's global handler may take this over.)
 */
@RestControllerAdvice(assignableTypes = ApiTokensApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityApiProblems {

	@ExceptionHandler(DomainException.class)
	ProblemDetail domain(DomainException ex) {
		HttpStatus status = switch (ex) {
			case InvalidInputException invalid -> HttpStatus.BAD_REQUEST;
			case NotFoundException missing -> HttpStatus.NOT_FOUND;
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

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, (ex instanceof AuthorizationDeniedException)
				? "Only firm administrators may do this." : ex.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Send JSON like {\"name\": \"Dialer\", \"readOnly\": true, \"expiresInDays\": 90}");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				ex.getName() + " must be a number");
		problem.setProperty("field", ex.getName());
		return problem;
	}

}

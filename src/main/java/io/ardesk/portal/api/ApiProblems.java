package io.ardesk.portal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.problem.ErrorReference;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.PayloadTooLargeException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.UnknownClientException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of every REST controller into a problem detail. A domain exception
 * keeps its status and its message and names its field ({@code field}, and {@code errors}
 * with one entry per field); Spring's own failures to read a request (missing or
 * malformed parameters, unreadable bodies, Bean Validation) are 400 problems naming the
 * parameter or property. Anything else (data-integrity violations, bugs) is a generic 500
 * problem with a {@code reference} that matches the one log line written about it: no
 * database or library text ever reaches the caller.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final ClientAccess access;

	ApiProblems(ClientAccess access) {
		this.access = access;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		return problem(status(ex), ex.getMessage(), fieldErrors(ex.field(), ex.getMessage()));
	}

	/** The status of each kind of domain failure; input errors are 400. */
	static HttpStatus status(DomainException ex) {
		if (ex instanceof NotFoundException) {
			return HttpStatus.NOT_FOUND;
		}
		if (ex instanceof ConflictException) {
			return HttpStatus.CONFLICT;
		}
		if (ex instanceof RuleViolationException) {
			return HttpStatus.UNPROCESSABLE_CONTENT;
		}
		if (ex instanceof PayloadTooLargeException) {
			return HttpStatus.CONTENT_TOO_LARGE;
		}
		return HttpStatus.BAD_REQUEST;
	}

	/**
	 * Staff who may not see a client get the same answer as for a client that does not
	 * exist, so that no one learns which practices the firm serves. Someone who may read
	 * the client but not change it (a client viewer) is told so.
	 */
	@ExceptionHandler(ClientAccessDeniedException.class)
	ResponseEntity<ProblemDetail> clientDenied(ClientAccessDeniedException ex, HttpServletRequest request) {
		ClientId client = clientInPath(request);
		if (client != null && !this.access.mayRead(client)) {
			return problem(HttpStatus.NOT_FOUND, UnknownClientException.MESSAGE, List.of());
		}
		return problem(HttpStatus.FORBIDDEN, ex.getMessage(), List.of());
	}

	/** Bean Validation of a service's parameters ({@code @Validated} beans). */
	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<ProblemFields.FieldProblem> errors = new ArrayList<>();
		for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
			String field = "parameter";
			for (Path.Node node : violation.getPropertyPath()) {
				if (node.getName() != null) {
					field = node.getName();
				}
			}
			errors.add(new ProblemFields.FieldProblem(field, field + " " + violation.getMessage() + "."));
		}
		return problem(HttpStatus.BAD_REQUEST,
				String.join(" ", errors.stream().map(ProblemFields.FieldProblem::message).toList()), errors);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "You may not do this.", List.of());
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "Sign in with your ARdesk user name and password.", List.of());
	}

	/**
	 * JPA's version conflicts and services checking a version by hand (the claim
	 * workspace) both end here: the common superclass.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Someone else changed this in the meantime. Reload and try again.",
				List.of());
	}

	/**
	 * Data-integrity violations, programming errors, infrastructure failures: one log
	 * line with a reference, the stack trace only at debug level, and a generic answer.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		String reference = ErrorReference.log(log, "answering " + request.getMethod() + " " + request.getRequestURI(),
				ex);
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Quote reference " + reference + " when you report it.", List.of());
		response.getBody().setProperty("reference", reference);
		return response;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ProblemFields.FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new ProblemFields.FieldProblem(error.getField(), ProblemFields.message(error)));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors
				.add(new ProblemFields.FieldProblem(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
		return badRequest(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(ProblemFields.of(ex));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ProblemFields.parameterName(ex);
		return badRequest(List
			.of(new ProblemFields.FieldProblem(field, field + " " + ProblemFields.expected(ex.getRequiredType()))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(List
			.of(new ProblemFields.FieldProblem(ex.getParameterName(), ex.getParameterName() + " is required.")));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(List.of(ProblemFields.unreadable(ex)));
	}

	/**
	 * Spring's other answers (405, 406, 415, 404 for a missing resource...) keep their
	 * status; their details are Spring's own fixed texts, never an exception message.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (statusCode.is5xxServerError()) {
			ResponseEntity<ProblemDetail> generic = unexpected(ex,
					(HttpServletRequest) request.resolveReference(WebRequest.REFERENCE_REQUEST));
			return ResponseEntity.status(generic.getStatusCode())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(generic.getBody());
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private ResponseEntity<Object> badRequest(List<ProblemFields.FieldProblem> errors) {
		String detail = errors.isEmpty() ? "The request is not valid."
				: String.join(" ", errors.stream().map(ProblemFields.FieldProblem::message).toList());
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, detail, errors);
		return ResponseEntity.status(response.getStatusCode())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(response.getBody());
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail,
			List<ProblemFields.FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.getFirst().field());
			problem.setProperty("errors",
					errors.stream()
						.map((error) -> Map.of("field", error.field(), "message", error.message()))
						.toList());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static List<ProblemFields.FieldProblem> fieldErrors(@Nullable String field, String message) {
		return (field != null) ? List.of(new ProblemFields.FieldProblem(field, message)) : List.of();
	}

	private static @Nullable ClientId clientInPath(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("clientId") instanceof String value
				&& ClientId.isValid(value)) {
			return ClientId.of(value);
		}
		return null;
	}

}

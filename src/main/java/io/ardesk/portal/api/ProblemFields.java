package io.ardesk.portal.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Names the field behind Spring's request-reading failures and says, in a person's words,
 * what it expects. Never quotes the value sent nor the library's message.
 */
final class ProblemFields {

	private ProblemFields() {
	}

	/** One field and what is wrong with it, as one sentence starting with the field. */
	record FieldProblem(String field, String message) {
	}

	static List<FieldProblem> of(HandlerMethodValidationException ex) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors errors) {
				for (FieldError error : errors.getFieldErrors()) {
					problems.add(new FieldProblem(error.getField(), message(error)));
				}
				continue;
			}
			String name = result.getMethodParameter().getParameterName();
			String field = (name != null) ? name : "parameter";
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				problems.add(new FieldProblem(field, field + " " + error.getDefaultMessage() + "."));
			}
		}
		return problems;
	}

	static String message(FieldError error) {
		if (error.isBindingFailure()) {
			return error.getField() + " is not valid.";
		}
		return error.getField() + " " + error.getDefaultMessage() + ".";
	}

	static String parameterName(TypeMismatchException ex) {
		if (ex instanceof MethodArgumentTypeMismatchException argument) {
			return argument.getName();
		}
		return (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
	}

	/** What a value of the type must look like. */
	static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "is not valid.";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "must be a whole number (at most "
					+ ((type == Long.class || type == long.class) ? Long.MAX_VALUE : Integer.MAX_VALUE) + ").";
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class) {
			return "must be a number such as 125.50.";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false.";
		}
		if (type == LocalDate.class) {
			return "must be a date such as 2026-01-31.";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "must be an ISO-8601 date and time.";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", ")) + ".";
		}
		return "is not valid.";
	}

	/**
	 * An unreadable JSON body: the property at fault when Jackson knows it, else the body
	 * as a whole.
	 */
	static FieldProblem unreadable(HttpMessageNotReadableException ex) {
		JacksonException jackson = find(ex, JacksonException.class);
		if (jackson != null) {
			String path = path(jackson);
			if (path != null) {
				Class<?> target = (jackson instanceof MismatchedInputException mismatch) ? mismatch.getTargetType()
						: null;
				return new FieldProblem(path, path + " " + expected(target));
			}
			return new FieldProblem("body", "The request body is not valid JSON.");
		}
		return new FieldProblem("body", "The request body is missing or cannot be read.");
	}

	private static @Nullable String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		int depth = 0;
		for (Throwable current = failure; current != null && depth++ < 10; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

}

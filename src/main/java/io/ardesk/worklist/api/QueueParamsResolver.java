package io.ardesk.worklist.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.ardesk.claims.ClaimStatus;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.worklist.QueueView;
import io.ardesk.worklist.WorkStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link QueueParams} from the query string and validates them (400 naming the
 * parameter). Spring's generic binding of a record reflects over its constructor on every
 * request, which cost the worklist endpoint about a third of its CPU under load; this
 * reads the dozen parameters directly.
 */
final class QueueParamsResolver implements HandlerMethodArgumentResolver {

	private final Validator validator;

	QueueParamsResolver(Validator validator) {
		this.validator = validator;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == QueueParams.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
		QueueParams params = new QueueParams(text(request, "owner"), whole(request, "payer"),
				choice(request, "status", ClaimStatus.class), text(request, "denialCategory"),
				number(request, "minAgeDays"), number(request, "maxAgeDays"), date(request, "dueBy"),
				text(request, "after"), choice(request, "view", QueueView.class),
				choice(request, "workStatus", WorkStatus.class), number(request, "deadlineWithinDays"),
				text(request, "q"));
		Set<ConstraintViolation<QueueParams>> violations = this.validator.validate(params);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		return params;
	}

	/** The text as sent ({@code owner=} stays empty: the unassigned claims). */
	private static @Nullable String text(NativeWebRequest request, String name) {
		return request.getParameter(name);
	}

	private static @Nullable String value(NativeWebRequest request, String name) {
		String value = request.getParameter(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static @Nullable Long whole(NativeWebRequest request, String name) {
		String value = value(request, name);
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(name, name + " must be a whole number (at most " + Long.MAX_VALUE + ").");
		}
	}

	private static @Nullable Integer number(NativeWebRequest request, String name) {
		String value = value(request, name);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(name,
					name + " must be a whole number (at most " + Integer.MAX_VALUE + ").");
		}
	}

	private static @Nullable LocalDate date(NativeWebRequest request, String name) {
		String value = value(request, name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(name, name + " must be a date such as 2026-01-31.");
		}
	}

	private static <E extends Enum<E>> @Nullable E choice(NativeWebRequest request, String name, Class<E> type) {
		String value = value(request, name);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(name, name + " must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
		}
	}

}

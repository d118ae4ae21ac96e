package io.ardesk.security.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers unauthenticated (401), throttled (429), forbidden (403) and turned-away (503)
 * API calls as problem details.
 */
@Component
class ProblemDetailsSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		if (exception instanceof SignInThrottledException throttled) {
			response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
			write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins from your address. Try again in "
					+ throttled.retryAfterMinutes() + " minutes.", request);
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"ARdesk\", Bearer realm=\"ARdesk\"");
		write(response, HttpStatus.UNAUTHORIZED,
				"Sign in with your ARdesk user name and password, or send an API token as 'Authorization: Bearer …'.",
				request);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "You may not do this.", request);
	}

	void tokenRefused(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"ARdesk\", error=\"invalid_token\"");
		write(response, HttpStatus.UNAUTHORIZED, "The API token is unknown, expired or revoked.", request);
	}

	void readOnlyToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(response, HttpStatus.FORBIDDEN, "This API token is read-only.", request);
	}

	void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(response, HttpStatus.NOT_FOUND, "Nothing here.", request);
	}

	void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", "1");
		write(response, HttpStatus.SERVICE_UNAVAILABLE, "Too many API calls at once; retry in a second.", request);
	}

	private void write(HttpServletResponse response, HttpStatus status, String detail, HttpServletRequest request)
			throws IOException {
		// The fields of RFC 9457, as the MVC handlers write them.
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}

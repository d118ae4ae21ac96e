package io.ardesk.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With the API documentation off, its paths answer 404 to everyone: not the portal's
 * page, not a login challenge that would tell them apart from unknown paths.
 */
class ClosedApiDocs extends OncePerRequestFilter {

	private final ProblemDetailsSecurityHandler problems;

	ClosedApiDocs(ProblemDetailsSecurityHandler problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui")) {
			this.problems.notFound(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

}

package io.ardesk.security.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs API callers in by {@code Authorization: Bearer <token>}. A bad token is answered
 * at once (401), never passed on to HTTP Basic; a read-only token may only read (its
 * writes are refused here, and by the client checks behind it).
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

	private final ApiTokenSignIn tokens;

	private final ProblemDetailsSecurityHandler problems;

	private final SecurityContextHolderStrategy contexts;

	ApiTokenFilter(ApiTokenSignIn tokens, ProblemDetailsSecurityHandler problems,
			SecurityContextHolderStrategy contexts) {
		this.tokens = tokens;
		this.problems = problems;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		ApiTokenAuthentication authentication = this.tokens.signIn(header.substring(7).strip()).orElse(null);
		if (authentication == null) {
			this.problems.tokenRefused(request, response);
			return;
		}
		if (authentication.readOnly() && !READING.contains(request.getMethod())) {
			this.problems.readOnlyToken(request, response);
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication);
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

}

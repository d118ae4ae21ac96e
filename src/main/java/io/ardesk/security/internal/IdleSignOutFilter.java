package io.ardesk.security.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Automatic logoff (HIPAA): ends a signed-in session once no user action came for the
 * idle timeout, even while its tab stays open. Vaadin's heartbeats keep the HTTP session
 * alive, so its own timeout never fires: here every request but a heartbeat counts as
 * activity (a click, typing that reaches the server, opening a page), and the first
 * request after the timeout, usually a heartbeat, finds the session ended. Runs before
 * Spring Security, so that request is already anonymous.
 */
class IdleSignOutFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(IdleSignOutFilter.class);

	static final String LAST_ACTIVITY = IdleSignOutFilter.class.getName() + ".lastActivity";

	private final Clock clock;

	private final Duration idleTimeout;

	IdleSignOutFilter(Clock clock, Duration idleTimeout) {
		this.clock = clock;
		this.idleTimeout = idleTimeout;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			long now = this.clock.millis();
			String user = signedIn(session);
			if (user != null && session.getAttribute(LAST_ACTIVITY) instanceof Long last
					&& now - last >= this.idleTimeout.toMillis()) {
				log.info("User {} signed out after {} without activity", user, this.idleTimeout);
				session.invalidate();
			}
			else if (!isHeartbeat(request)) {
				session.setAttribute(LAST_ACTIVITY, now);
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isHeartbeat(HttpServletRequest request) {
		String query = request.getQueryString();
		return query != null && query.contains("v-r=heartbeat");
	}

	private static String signedIn(HttpSession session) {
		return (session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
				&& context.getAuthentication() != null
				&& !(context.getAuthentication() instanceof AnonymousAuthenticationToken))
						? context.getAuthentication().getName() : null;
	}

}

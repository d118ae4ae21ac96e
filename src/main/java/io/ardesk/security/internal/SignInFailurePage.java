package io.ardesk.security.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login view after a failed sign-in, saying whether the address is throttled
 * ({@code ?throttled}) or the sign-in simply failed ({@code ?error}: wrong password,
 * unknown user or locked account alike, so as not to tell which).
 */
class SignInFailurePage implements AuthenticationFailureHandler {

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		this.redirects.sendRedirect(request, response,
				(exception instanceof SignInThrottledException) ? "/login?throttled" : "/login?error");
	}

}

package io.ardesk.security.internal;

import java.util.function.Supplier;

import io.ardesk.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The REST calls a client practice's viewer may make: its own practice's dashboard,
 * claims, aging, KPIs, escalations (raising one included), document requests (answering
 * them and their files), reports, its patients' balances and statements, the notes the
 * firm shares (internal ones are stripped by the service), appeal letters (read-only) and
 * its months with their figures (closing one is the firm's). Everything else under
 * {@code /api} is the firm's and answers 403 to a viewer, by an allow-list, so that an
 * endpoint added later is closed to practices until it is opened here on purpose. Which
 * practice a path names is checked by the services ({@code @ReadsClient}): another
 * practice's answers 404.
 */
final class PracticeApiPaths {

	private static final String CLIENT = "/api/v1/clients/{clientId}";

	static final String[] READ = { "/api/v1/me", "/api/v1/me/notifications", "/api/v1/me/notification-preference",
			"/api/v1/me/tokens", "/api/v1/clients", CLIENT, CLIENT + "/dashboard", CLIENT + "/claims",
			CLIENT + "/claims.csv", CLIENT + "/claims.xlsx", CLIENT + "/claims/{claimNumber}",
			CLIENT + "/claims/{claimNumber}/notes", CLIENT + "/claims/{claimNumber}/appeals/{id}/letter.pdf",
			"/api/v1/aging", CLIENT + "/aging", CLIENT + "/aging.csv", CLIENT + "/aging.xlsx", CLIENT + "/kpis",
			CLIENT + "/kpis.csv", CLIENT + "/kpis.xlsx", CLIENT + "/kpis/{kpi}/claims",
			CLIENT + "/kpis/{kpi}/claims.csv", CLIENT + "/kpis/{kpi}/claims.xlsx", CLIENT + "/sla",
			CLIENT + "/escalations", CLIENT + "/escalations.csv", CLIENT + "/escalations.xlsx",
			CLIENT + "/escalations/{id}", CLIENT + "/document-requests", CLIENT + "/document-requests.csv",
			CLIENT + "/document-requests.xlsx", CLIENT + "/document-requests/{requestId}/files/{fileId}",
			CLIENT + "/reports", CLIENT + "/reports/**", CLIENT + "/patient-accounts", CLIENT + "/patient-accounts.csv",
			CLIENT + "/patient-accounts.xlsx", CLIENT + "/patient-accounts/{patientId}/statements",
			CLIENT + "/patient-accounts/{patientId}/statements/**", CLIENT + "/months", CLIENT + "/months/{month}" };

	static final String[] WRITE = { "/api/v1/me/notifications/{id}/read", "/api/v1/me/tokens",
			CLIENT + "/claims/{claimNumber}/escalations", CLIENT + "/document-requests/{requestId}/answer",
			CLIENT + "/document-requests/{requestId}/files" };

	private PracticeApiPaths() {
	}

	static void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, READ)
			.authenticated()
			.requestMatchers(HttpMethod.POST, WRITE)
			.authenticated()
			.requestMatchers(HttpMethod.PUT, "/api/v1/me/notification-preference")
			.authenticated()
			.requestMatchers(HttpMethod.DELETE, "/api/v1/me/tokens/{tokenId}")
			.authenticated()
			.anyRequest()
			.access(new FirmOnly());
	}

	/** Signed in, and not a client practice's viewer. */
	static final class FirmOnly implements AuthorizationManager<RequestAuthorizationContext> {

		@Override
		public @Nullable AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
				RequestAuthorizationContext context) {
			Authentication caller = authentication.get();
			boolean granted = caller != null && caller.isAuthenticated()
					&& !(caller instanceof AnonymousAuthenticationToken)
					&& caller.getAuthorities()
						.stream()
						.noneMatch(
								(authority) -> ("ROLE_" + Role.CLIENT_VIEWER.name()).equals(authority.getAuthority()));
			return new AuthorizationDecision(granted);
		}

	}

}

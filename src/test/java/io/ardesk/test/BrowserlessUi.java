package io.ardesk.test;

import java.util.List;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function1;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs the portal's Vaadin views without a browser (Karibu Testing) inside the Spring
 * context, as an anonymous visitor or as a signed-in user: the Spring security context
 * and the fake servlet request's principal and roles are set together, so that both the
 * services and Vaadin's navigation access control see the same user.
 */
public final class BrowserlessUi {

	private static final Routes routes = new Routes().autoDiscoverViews("io.ardesk");

	private static final Function1<FakeHttpSession, FakeRequest> defaultRequests = MockVaadin.getMockRequestFactory();

	private BrowserlessUi() {
	}

	/** Opens a fresh UI for an anonymous visitor. */
	public static void openAnonymous(ApplicationContext context) {
		open(context, null);
	}

	/** Opens a fresh UI signed in as {@code username} with the given role. */
	public static void openAs(ApplicationContext context, String username, String role) {
		open(context, UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role))));
	}

	private static void open(ApplicationContext context, @Nullable Authentication user) {
		SecurityContext security = SecurityContextHolder.createEmptyContext();
		security.setAuthentication(user);
		SecurityContextHolder.setContext(security);
		MockVaadin.setMockRequestFactory((session) -> {
			FakeRequest request = new FakeRequest(session);
			if (user != null) {
				request.setUserPrincipalInt(user);
				request.setUserInRole((principal, role) -> user.getAuthorities()
					.stream()
					.anyMatch((authority) -> authority.getAuthority().equals("ROLE_" + role)));
			}
			return request;
		});
		MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
	}

	public static void close() {
		MockVaadin.tearDown();
		MockVaadin.setMockRequestFactory(defaultRequests);
		SecurityContextHolder.clearContext();
	}

}

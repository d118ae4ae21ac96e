package io.ardesk.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;

class IdleSignOutFilterTest {

	static final Instant SIGNED_IN = Instant.parse("2026-11-30T09:00:00Z");

	MockHttpSession session = signedInSession();

	@Test
	void heartbeatsAloneDoNotKeepASignedInSessionAlive() throws Exception {
		request(SIGNED_IN, "v-r=uidl&v-uiId=0");
		for (int minute = 1; minute < 30; minute++) {
			request(SIGNED_IN.plus(Duration.ofMinutes(minute)), "v-r=heartbeat&v-uiId=0");
		}
		assertThat(this.session.isInvalid()).as("29 minutes of heartbeats only").isFalse();

		request(SIGNED_IN.plus(Duration.ofMinutes(30)), "v-r=heartbeat&v-uiId=0");

		assertThat(this.session.isInvalid()).as("signed out at the first request after 30 minutes").isTrue();
	}

	@Test
	void aUserActionStartsTheTimeoutAgain() throws Exception {
		request(SIGNED_IN, "v-r=uidl&v-uiId=0");
		request(SIGNED_IN.plus(Duration.ofMinutes(25)), "v-r=uidl&v-uiId=0");

		request(SIGNED_IN.plus(Duration.ofMinutes(40)), "v-r=heartbeat&v-uiId=0");

		assertThat(this.session.isInvalid()).isFalse();
	}

	@Test
	void anAnonymousSessionIsLeftAlone() throws Exception {
		this.session = new MockHttpSession();
		request(SIGNED_IN, null);

		request(SIGNED_IN.plus(Duration.ofHours(2)), "v-r=heartbeat&v-uiId=0");

		assertThat(this.session.isInvalid()).isFalse();
	}

	private void request(Instant at, String query) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
		request.setQueryString(query);
		request.setSession(this.session);
		new IdleSignOutFilter(Clock.fixed(at, ZoneOffset.UTC), Duration.ofMinutes(30)).doFilter(request,
				new MockHttpServletResponse(), new MockFilterChain());
	}

	private static MockHttpSession signedInSession() {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("specialist", null,
						List.of(new SimpleGrantedAuthority("ROLE_AR_SPECIALIST")))));
		return session;
	}

}

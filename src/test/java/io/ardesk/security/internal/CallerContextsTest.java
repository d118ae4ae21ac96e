package io.ardesk.security.internal;

import java.util.List;

import io.ardesk.security.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a Vaadin request the signed-in user lives in Vaadin's own security context strategy,
 * while {@link SystemActor} sets the JVM-wide holder. Work a person's request hands to
 * the portal (a practice's viewer flagging a claim writes the queue's history as the
 * portal) must run as the portal there too, or the viewer is refused mid-way.
 */
class CallerContextsTest {

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void systemActorWinsOverTheUserHeldInTheApplicationsOwnStrategy() {
		SecurityContext user = new SecurityContextImpl(UsernamePasswordAuthenticationToken
			.authenticated("viewer.lakeview-ortho", null, List.of(new SimpleGrantedAuthority("ROLE_CLIENT_VIEWER"))));
		SecurityContextHolderStrategy vaadin = new SecurityContextHolderStrategy() {

			@Override
			public void clearContext() {
			}

			@Override
			public SecurityContext getContext() {
				return user;
			}

			@Override
			public void setContext(SecurityContext context) {
			}

			@Override
			public SecurityContext createEmptyContext() {
				return new SecurityContextImpl();
			}

		};
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("strategy", vaadin);
		CallerContexts contexts = new CallerContexts(beans.getBeanProvider(SecurityContextHolderStrategy.class));

		// Vaadin installs its strategy JVM-wide: it answers the session's user, whatever
		// the thread set.
		SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
		SecurityContextHolder.setContextHolderStrategy(vaadin);
		try {
			assertThat(contexts.authentication().getName()).isEqualTo("viewer.lakeview-ortho");
			String inside = SystemActor.call(() -> contexts.authentication().getName());
			assertThat(inside).isEqualTo(SystemActor.NAME);
			String nested = SystemActor.call(() -> SystemActor.call(() -> "x") + contexts.authentication().getName());
			assertThat(nested).as("still the portal after a nested call").isEqualTo("x" + SystemActor.NAME);
			assertThat(contexts.authentication().getName()).as("the user again once the portal's work is done")
				.isEqualTo("viewer.lakeview-ortho");
		}
		finally {
			SecurityContextHolder.setContextHolderStrategy(before);
		}
	}

	@Test
	void aPersonTheLoaderActsForInsideThePortalsWorkIsThatPerson() {
		CallerContexts contexts = new CallerContexts(
				new StaticListableBeanFactory().getBeanProvider(SecurityContextHolderStrategy.class));
		String inside = SystemActor.call(() -> {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("specialist", null,
						List.of(new SimpleGrantedAuthority("ROLE_AR_SPECIALIST"))));
			String[] seen = new String[2];
			SystemActor.setAside(() -> seen[0] = contexts.authentication().getName());
			seen[1] = contexts.authentication().getName();
			return seen[0] + "," + seen[1];
		});
		assertThat(inside).isEqualTo("specialist," + SystemActor.NAME);
	}

	@Test
	void aUserNamedSystemWithoutThePortalsAuthorityIsJustAUser() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SystemActor.NAME, null,
					List.of(new SimpleGrantedAuthority("ROLE_AR_SPECIALIST"))));
		assertThat(CallerContexts.isSystem(SecurityContextHolder.getContext().getAuthentication())).isFalse();
	}

}

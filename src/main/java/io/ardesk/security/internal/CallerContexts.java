package io.ardesk.security.internal;

import io.ardesk.security.SystemActor;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Where the caller's identity lives: the security context strategy the filters of this
 * application use (Vaadin installs its own), else Spring Security's JVM-wide holder,
 * where {@link io.ardesk.security.SystemActor} puts the portal's own identity.
 */
@Component
class CallerContexts {

	private final SecurityContextHolderStrategy strategy;

	CallerContexts(ObjectProvider<SecurityContextHolderStrategy> strategies) {
		this.strategy = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	SecurityContextHolderStrategy strategy() {
		return this.strategy;
	}

	@Nullable Authentication authentication() {
		// Work a person's request hands to the portal itself (SystemActor) runs as the
		// portal, also inside a Vaadin request, whose strategy answers the session's
		// user.
		Authentication portal = SystemActor.current().orElse(null);
		if (portal != null) {
			return portal;
		}
		Authentication authentication = this.strategy.getContext().getAuthentication();
		return (authentication != null) ? authentication : SecurityContextHolder.getContext().getAuthentication();
	}

	static boolean isSystem(@Nullable Authentication authentication) {
		return authentication != null && SystemActor.NAME.equals(authentication.getName())
				&& authentication.getAuthorities()
					.stream()
					.anyMatch((authority) -> "ROLE_SYSTEM".equals(authority.getAuthority()));
	}

}

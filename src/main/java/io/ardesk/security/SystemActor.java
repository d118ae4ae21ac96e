package io.ardesk.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as the portal itself (background jobs, demo data), which may reach every
 * active client. Never used for anything a person asked for.
 */
public final class SystemActor {

	public static final String NAME = "system";

	static final String AUTHORITY = "ROLE_SYSTEM";

	private static final ThreadLocal<Authentication> ACTIVE = new ThreadLocal<>();

	private SystemActor() {
	}

	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	public static <T> T call(Supplier<T> work) {
		Authentication portal = UsernamePasswordAuthenticationToken.authenticated(NAME, null,
				List.of(new SimpleGrantedAuthority(AUTHORITY)));
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(portal);
		SecurityContextHolder.setContext(system);
		Authentication outer = ACTIVE.get();
		ACTIVE.set(portal);
		try {
			return work.get();
		}
		finally {
			if (outer != null) {
				ACTIVE.set(outer);
			}
			else {
				ACTIVE.remove();
			}
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Runs work inside the portal's own work as whoever the security context names (the
	 * demo loader logging a specialist's calls): the portal's identity is set aside
	 * meanwhile.
	 */
	public static void setAside(Runnable work) {
		Authentication outer = ACTIVE.get();
		ACTIVE.remove();
		try {
			work.run();
		}
		finally {
			if (outer != null) {
				ACTIVE.set(outer);
			}
		}
	}

	/**
	 * The portal's identity while this thread runs {@link #run}/{@link #call}. Inside a
	 * Vaadin request the holder's strategy answers the signed-in user from the session
	 * whatever this thread set, so the access checks ask here first.
	 */
	public static Optional<Authentication> current() {
		return Optional.ofNullable(ACTIVE.get());
	}

}

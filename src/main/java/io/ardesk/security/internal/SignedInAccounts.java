package io.ardesk.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.ardesk.security.Role;
import io.ardesk.shared.ArdeskSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Who a signed-in user is (role, enabled, clients), reused for a short while: every
 * client check of every request needs it, and reading the user and their assignments each
 * time cost two queries. An administrator's change calls {@link #forget} and applies at
 * once on this server; other servers see it within the cache time.
 */
@Component
class SignedInAccounts {

	/** Only users who signed in are kept; above this many, old entries are swept. */
	private static final int SWEEP_ABOVE = 5_000;

	private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

	private final UserAccounts accounts;

	private final Clock clock;

	private final Duration ttl;

	SignedInAccounts(UserAccounts accounts, Clock clock, ArdeskSettings settings) {
		this.accounts = accounts;
		this.clock = clock;
		this.ttl = settings.security().userCache();
	}

	Optional<Account> find(String username) {
		Instant now = this.clock.instant();
		Cached cached = this.cache.get(username);
		if (cached != null && cached.loadedAt().plus(this.ttl).isAfter(now)) {
			return Optional.ofNullable(cached.account());
		}
		if (this.cache.size() > SWEEP_ABOVE) {
			this.cache.values().removeIf((entry) -> !entry.loadedAt().plus(this.ttl).isAfter(now));
		}
		Account account = this.accounts.findByUsername(username).map(Account::of).orElse(null);
		this.cache.put(username, new Cached(account, now));
		return Optional.ofNullable(account);
	}

	void forget(String username) {
		this.cache.remove(username);
	}

	/** A user as the access checks see them. */
	record Account(String username, String displayName, Role role, boolean enabled, @Nullable String homeClientId,
			Set<String> assignedClientIds) {

		static Account of(UserAccount account) {
			return new Account(account.username(), account.displayName(), account.role(), account.enabled(),
					account.homeClientId(), Set.copyOf(account.assignedClientIds()));
		}

	}

	private record Cached(@Nullable Account account, Instant loadedAt) {
	}

}

package io.ardesk.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

import io.ardesk.security.internal.ApiTokenRecords.TokenMatch;
import io.ardesk.security.internal.SignedInAccounts.Account;
import io.ardesk.shared.ArdeskSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs a caller in by API token: one HMAC, then a short-lived cache (no bcrypt, usually
 * no query). Refuses unknown, expired and revoked tokens and tokens of disabled users.
 * Notes the last use at most once a minute per token.
 */
@Component
class ApiTokenSignIn {

	static final String PREFIX = "ardk_";

	/** Longer header values are not tokens: refused without hashing. */
	private static final int MAX_TOKEN_LENGTH = 100;

	private static final int SWEEP_ABOVE = 10_000;

	private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

	private final TokenHasher hasher;

	private final ApiTokenRecords records;

	private final SignedInAccounts accounts;

	private final Clock clock;

	private final Duration ttl;

	private final Duration lastUseInterval;

	ApiTokenSignIn(TokenHasher hasher, ApiTokenRecords records, SignedInAccounts accounts, Clock clock,
			ArdeskSettings settings) {
		this.hasher = hasher;
		this.records = records;
		this.accounts = accounts;
		this.clock = clock;
		this.ttl = settings.security().apiTokens().cache();
		this.lastUseInterval = settings.security().apiTokens().lastUseInterval();
	}

	Optional<ApiTokenAuthentication> signIn(String token) {
		if (!token.startsWith(PREFIX) || token.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Cached cached = cached(this.hasher.hash(token), now);
		if (cached == null) {
			return Optional.empty();
		}
		TokenMatch match = cached.match();
		if (match.revokedAt() != null || !match.expiresAt().isAfter(now)) {
			return Optional.empty();
		}
		Account account = this.accounts.find(match.username()).filter(Account::enabled).orElse(null);
		if (account == null) {
			return Optional.empty();
		}
		noteUse(cached, now);
		return Optional.of(new ApiTokenAuthentication(account.username(),
				List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())), match.id(), match.readOnly()));
	}

	/** Drops a token from the cache, so that a revocation applies at once. */
	void forget(String tokenHash) {
		this.cache.remove(tokenHash);
	}

	private @Nullable Cached cached(String hash, Instant now) {
		Cached cached = this.cache.get(hash);
		if (cached != null && cached.loadedAt().plus(this.ttl).isAfter(now)) {
			return cached;
		}
		if (this.cache.size() > SWEEP_ABOVE) {
			this.cache.values().removeIf((entry) -> !entry.loadedAt().plus(this.ttl).isAfter(now));
		}
		// Unknown tokens are not cached: random guesses must not fill the memory.
		TokenMatch match = this.records.match(hash).orElse(null);
		if (match == null) {
			this.cache.remove(hash);
			return null;
		}
		Instant noted = (cached != null) ? cached.lastNoted().get()
				: (match.lastUsedAt() != null) ? match.lastUsedAt() : Instant.EPOCH;
		Cached fresh = new Cached(match, now, new AtomicReference<>(noted));
		this.cache.put(hash, fresh);
		return fresh;
	}

	private void noteUse(Cached cached, Instant now) {
		Instant noted = cached.lastNoted().get();
		if (noted.plus(this.lastUseInterval).isAfter(now) || !cached.lastNoted().compareAndSet(noted, now)) {
			return;
		}
		this.records.noteUse(cached.match().id(), now);
	}

	private record Cached(TokenMatch match, Instant loadedAt, AtomicReference<Instant> lastNoted) {
	}

}

package io.ardesk.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.ardesk.shared.ArdeskSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per remote address; an address that reaches the limit within the
 * window is refused every sign-in (even with a right password) until the window has
 * passed. Against one address guessing across many accounts, which the per-account
 * lockout alone does not stop. Kept in memory, per server.
 */
@Component
class AddressThrottle {

	private static final Logger log = LoggerFactory.getLogger(AddressThrottle.class);

	/** Above this many addresses, expired entries are swept on the next failure. */
	private static final int SWEEP_ABOVE = 10_000;

	private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	AddressThrottle(Clock clock, ArdeskSettings settings) {
		this.clock = clock;
		this.maxFailures = settings.security().addressThrottle().maxFailures();
		this.window = settings.security().addressThrottle().window();
	}

	/**
	 * @throws SignInThrottledException if the address is refused for now
	 */
	void check(String address) {
		Failures current = this.failures.get(address);
		Instant now = this.clock.instant();
		if (current != null && current.blockedUntil() != null && current.blockedUntil().isAfter(now)) {
			throw new SignInThrottledException(Duration.between(now, current.blockedUntil()));
		}
	}

	void recordFailure(String address) {
		Instant now = this.clock.instant();
		if (this.failures.size() > SWEEP_ABOVE) {
			this.failures.values().removeIf((entry) -> entry.expired(now, this.window));
		}
		Failures updated = this.failures.compute(address, (key, current) -> {
			Failures base = (current == null || current.expired(now, this.window)) ? new Failures(now, 0, null)
					: current;
			int count = base.count() + 1;
			Instant blockedUntil = (base.blockedUntil() == null && count >= this.maxFailures) ? now.plus(this.window)
					: base.blockedUntil();
			return new Failures(base.since(), count, blockedUntil);
		});
		if (updated.count() == this.maxFailures) {
			log.warn("Sign-ins from {} refused for {} after {} failures", address, this.window, this.maxFailures);
		}
	}

	/** Failures of one address since {@code since}; blocked until, once at the limit. */
	private record Failures(Instant since, int count, @Nullable Instant blockedUntil) {

		boolean expired(Instant now, Duration window) {
			Instant end = (this.blockedUntil != null) ? this.blockedUntil : this.since.plus(window);
			return !end.isAfter(now);
		}

	}

}

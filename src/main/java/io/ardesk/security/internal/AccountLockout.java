package io.ardesk.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.ardesk.shared.ArdeskSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, against password guessing;
 * holds when the guesses arrive in parallel.
 */
@Component
class AccountLockout {

	private static final Logger log = LoggerFactory.getLogger(AccountLockout.class);

	/** HTTP Basic signs in on every call: note the time at most this often. */
	private static final Duration SIGN_IN_NOTED_EVERY = Duration.ofMinutes(1);

	private final SignInRecords records;

	private final Clock clock;

	private final int maxAttempts;

	private final Duration lockout;

	AccountLockout(SignInRecords records, Clock clock, ArdeskSettings settings) {
		this.records = records;
		this.clock = clock;
		this.maxAttempts = settings.security().maxFailedLogins();
		this.lockout = settings.security().lockout();
	}

	/**
	 * Counts a wrong password, unless the account is locked already, and locks it at the
	 * limit: one transaction, two updates of one row, which the database serialises
	 * against every other sign-in of the account.
	 */
	@Transactional
	void recordFailure(String username) {
		Instant now = this.clock.instant();
		if (this.records.countFailure(username, now) == 1
				&& this.records.lockAtLimit(username, this.maxAttempts, now.plus(this.lockout)) == 1) {
			log.warn("Account {} locked for {} after {} failed sign-ins", username, this.lockout, this.maxAttempts);
		}
	}

	/**
	 * Completes a sign-in whose password was right.
	 * @throws LockedException if the account was locked meanwhile (by guesses racing this
	 * sign-in): a locked account never signs in
	 */
	void recordSuccess(String username) {
		Instant now = this.clock.instant();
		if (this.records.recordSignIn(username, now, now.minus(SIGN_IN_NOTED_EVERY)) == 0
				&& this.records.isLocked(username, now)) {
			throw new LockedException("Account locked");
		}
	}

}

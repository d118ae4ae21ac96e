package io.ardesk.security.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins came from the caller's address: refused for a while. */
class SignInThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	SignInThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins from this address");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

	/** Whole minutes, rounded up, for people. */
	long retryAfterMinutes() {
		return Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
	}

}

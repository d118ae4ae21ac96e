package io.ardesk.security.internal;

import java.time.Clock;
import java.time.Duration;

import io.ardesk.shared.ArdeskSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, against password guessing.
 */
@Component
class LoginLockout {

	private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

	private final UserAccounts accounts;

	private final Clock clock;

	private final int maxAttempts;

	private final Duration lockout;

	LoginLockout(UserAccounts accounts, Clock clock, ArdeskSettings settings) {
		this.accounts = accounts;
		this.clock = clock;
		this.maxAttempts = settings.security().maxFailedLogins();
		this.lockout = settings.security().lockout();
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName()).ifPresent((account) -> {
			account.recordFailedLogin(this.clock.instant(), this.maxAttempts, this.lockout);
			if (account.isLocked(this.clock.instant())) {
				log.warn("Account {} locked for {} after {} failed sign-ins", account.username(), this.lockout,
						this.maxAttempts);
			}
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName()).ifPresent(UserAccount::recordSuccessfulLogin);
	}

}

package io.ardesk.security.internal;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in with user name and password, for the login form and HTTP Basic alike: refuses a
 * throttled address before any password is checked, counts every failure against the
 * address and the account, and lets a sign-in through only if the account is still not
 * locked once the password proved right.
 */
class PasswordSignIn implements AuthenticationProvider {

	/** Longer input is refused unchecked: hashing it would only cost CPU. */
	static final int MAX_PASSWORD_LENGTH = 1024;

	private final DaoAuthenticationProvider passwords;

	private final AccountLockout lockout;

	private final AddressThrottle throttle;

	PasswordSignIn(DaoAuthenticationProvider passwords, AccountLockout lockout, AddressThrottle throttle) {
		this.passwords = passwords;
		this.lockout = lockout;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = addressOf(authentication);
		this.throttle.check(address);
		String username = authentication.getName();
		Authentication signedIn;
		try {
			if (String.valueOf(authentication.getCredentials()).length() > MAX_PASSWORD_LENGTH) {
				throw new BadCredentialsException("Bad credentials");
			}
			signedIn = this.passwords.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(address);
			this.lockout.recordFailure(username);
			throw ex;
		}
		catch (AccountStatusException ex) {
			// Locked or disabled: still a guess from this address.
			this.throttle.recordFailure(address);
			throw ex;
		}
		this.lockout.recordSuccess(username);
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
	}

}

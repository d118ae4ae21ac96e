package io.ardesk.security.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in from the control schema; a disabled or locked account cannot sign in.
 * Used only by {@link PasswordSignIn}; deliberately not a {@code UserDetailsService}
 * bean, so that nothing signs in around it.
 */
@Service
class AccountUserDetailsService {

	private final UserAccounts accounts;

	private final Clock clock;

	AccountUserDetailsService(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.roles(account.role().name())
			.disabled(!account.enabled())
			.accountLocked(account.isLocked(this.clock.instant()))
			.build();
	}

}

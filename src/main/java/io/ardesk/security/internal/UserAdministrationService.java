package io.ardesk.security.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.ardesk.security.Role;
import io.ardesk.security.UserAdministration;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.UnknownClientException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasRole('FIRM_ADMIN')")
class UserAdministrationService implements UserAdministration {

	private static final Logger log = LoggerFactory.getLogger(UserAdministrationService.class);

	private final UserAccounts accounts;

	private final SignInRecords signIns;

	private final SignedInAccounts signedIn;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final ClientDirectory directory;

	private final CallerContexts callers;

	private final Clock clock;

	UserAdministrationService(UserAccounts accounts, SignInRecords signIns, SignedInAccounts signedIn,
			PasswordEncoder passwords, PasswordPolicy policy, ClientDirectory directory, CallerContexts callers,
			Clock clock) {
		this.accounts = accounts;
		this.signIns = signIns;
		this.signedIn = signedIn;
		this.passwords = passwords;
		this.policy = policy;
		this.directory = directory;
		this.callers = callers;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<UserSummary> users() {
		return this.accounts.findAllByOrderByUsername().stream().map(this::summary).toList();
	}

	@Override
	@Transactional
	public UserSummary create(NewUser user) {
		String username = (user.username() != null) ? user.username().strip() : "";
		if (!username.matches("^[A-Za-z0-9._@-]{2,100}$")) {
			throw new InvalidInputException("username",
					"A user name has 2 to 100 letters, digits, dots, dashes, underscores or @");
		}
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new ConflictException("username", "The user name " + username + " is taken");
		}
		String displayName = (user.displayName() != null) ? user.displayName().strip() : "";
		if (displayName.length() > 200) {
			throw new InvalidInputException("displayName", "A name has at most 200 characters");
		}
		if (user.role() == null) {
			throw new InvalidInputException("role", "Choose a role");
		}
		this.policy.check(username, (user.password() != null) ? user.password() : "");
		String home = null;
		if (user.role() == Role.CLIENT_VIEWER) {
			if (user.homeClient() == null) {
				throw new InvalidInputException("homeClient", "A client viewer belongs to exactly one client");
			}
			home = existing(user.homeClient()).value();
		}
		UserAccount account = new UserAccount(username, displayName.isEmpty() ? username : displayName,
				this.passwords.encode(user.password()), user.role(), home);
		if (user.role() != Role.CLIENT_VIEWER && user.role() != Role.FIRM_ADMIN) {
			account.assign(ids(user.assignedClients()));
		}
		UserAccount saved = this.accounts.save(account);
		log.info("User {} created with role {} by {}", username, user.role(), actor());
		return summary(saved);
	}

	@Override
	@Transactional
	public UserSummary assign(String username, Set<ClientId> clients) {
		UserAccount account = find(username);
		if (account.role() == Role.CLIENT_VIEWER) {
			throw new InvalidInputException("assignedClients", "A client viewer's client cannot be reassigned");
		}
		account.assign(ids(clients));
		this.signedIn.forget(username);
		log.info("User {} assigned to {} clients by {}", username, clients.size(), actor());
		return summary(account);
	}

	@Override
	@Transactional
	public UserSummary setEnabled(String username, boolean enabled) {
		UserAccount account = find(username);
		account.setEnabled(enabled);
		this.signedIn.forget(username);
		log.info("User {} {} by {}", username, enabled ? "enabled" : "disabled", actor());
		return summary(account);
	}

	@Override
	@Transactional
	public void resetPassword(String username, String newPassword) {
		UserAccount account = find(username);
		this.policy.check(username, (newPassword != null) ? newPassword : "");
		account.changePassword(this.passwords.encode(newPassword));
		this.signIns.unlock(username);
		log.info("Password of user {} reset by {} (any lockout lifted)", username, actor());
	}

	@Override
	@Transactional
	public UserSummary unlock(String username) {
		find(username);
		this.signIns.unlock(username);
		log.info("User {} unlocked by {}", username, actor());
		return summary(find(username));
	}

	private Set<String> ids(Set<ClientId> clients) {
		return clients.stream().map(this::existing).map(ClientId::value).collect(Collectors.toSet());
	}

	private ClientId existing(ClientId client) {
		this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		return client;
	}

	private UserAccount find(String username) {
		return this.accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("No user " + username));
	}

	private String actor() {
		Authentication caller = this.callers.authentication();
		return (caller != null) ? caller.getName() : "unknown";
	}

	private UserSummary summary(UserAccount account) {
		@Nullable ClientId home = (account.homeClientId() != null) ? ClientId.of(account.homeClientId()) : null;
		return new UserSummary(account.username(), account.displayName(), account.role(), account.enabled(),
				account.isLocked(this.clock.instant()), account.lastSignInAt(), home,
				account.assignedClientIds().stream().map(ClientId::of).collect(Collectors.toUnmodifiableSet()));
	}

}

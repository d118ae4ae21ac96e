package io.ardesk.security.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.ardesk.security.Role;
import io.ardesk.security.UserAdministration;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.UnknownClientException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasRole('FIRM_ADMIN')")
class UserAdministrationService implements UserAdministration {

	private static final Logger log = LoggerFactory.getLogger(UserAdministrationService.class);

	static final int MIN_PASSWORD_LENGTH = 4;

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final ClientDirectory directory;

	private final Clock clock;

	UserAdministrationService(UserAccounts accounts, PasswordEncoder passwords, ClientDirectory directory,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.directory = directory;
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
		String username = user.username().trim();
		if (!username.matches("^[A-Za-z0-9._@-]{2,100}$")) {
			throw new IllegalArgumentException("User names use letters, digits, dot, dash, underscore or @");
		}
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new IllegalArgumentException("The user name " + username + " is taken");
		}
		checkPassword(user.password());
		String home = null;
		if (user.role() == Role.CLIENT_VIEWER) {
			if (user.homeClient() == null) {
				throw new IllegalArgumentException("A client viewer belongs to exactly one client");
			}
			home = existing(user.homeClient()).value();
		}
		UserAccount account = new UserAccount(username, user.displayName().isBlank() ? username : user.displayName(),
				this.passwords.encode(user.password()), user.role(), home);
		if (user.role() != Role.CLIENT_VIEWER) {
			account.assign(ids(user.assignedClients()));
		}
		log.info("User {} created with role {}", username, user.role());
		return summary(this.accounts.save(account));
	}

	@Override
	@Transactional
	public UserSummary assign(String username, Set<ClientId> clients) {
		UserAccount account = find(username);
		if (account.role() == Role.CLIENT_VIEWER) {
			throw new IllegalArgumentException("A client viewer's client cannot be reassigned");
		}
		account.assign(ids(clients));
		log.info("User {} assigned to {} clients", username, clients.size());
		return summary(account);
	}

	@Override
	@Transactional
	public UserSummary setEnabled(String username, boolean enabled) {
		UserAccount account = find(username);
		account.setEnabled(enabled);
		log.info("User {} {}", username, enabled ? "enabled" : "disabled");
		return summary(account);
	}

	@Override
	@Transactional
	public void resetPassword(String username, String newPassword) {
		checkPassword(newPassword);
		find(username).changePassword(this.passwords.encode(newPassword));
		log.info("Password of user {} reset", username);
	}

	private void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
		}
	}

	private Set<String> ids(Set<ClientId> clients) {
		return clients.stream().map(this::existing).map(ClientId::value).collect(Collectors.toSet());
	}

	private ClientId existing(ClientId client) {
		this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
		return client;
	}

	private UserAccount find(String username) {
		return this.accounts.findByUsername(username)
			.orElseThrow(() -> new IllegalArgumentException("No user " + username));
	}

	private UserSummary summary(UserAccount account) {
		return new UserSummary(account.username(), account.displayName(), account.role(), account.enabled(),
				account.isLocked(this.clock.instant()),
				(account.homeClientId() != null) ? ClientId.of(account.homeClientId()) : null,
				account.assignedClientIds().stream().map(ClientId::of).collect(Collectors.toUnmodifiableSet()));
	}

}

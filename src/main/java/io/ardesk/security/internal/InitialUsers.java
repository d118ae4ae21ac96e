package io.ardesk.security.internal;

import java.util.List;
import java.util.Set;

import io.ardesk.security.Role;
import io.ardesk.shared.ArdeskSettings;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can sign in. With the {@code demo} profile: the demo users, all with
 * password {@code demo}. Otherwise the first firm administrator, {@code admin}, with the
 * password from {@code ARDESK_ADMIN_PASSWORD}; start-up refuses without it while no
 * administrator exists.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

	static final String DEMO_PASSWORD = "demo";

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final ClientDirectory directory;

	private final Environment environment;

	private final String adminPassword;

	InitialUsers(UserAccounts accounts, PasswordEncoder passwords, ClientDirectory directory, Environment environment,
			ArdeskSettings settings) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.directory = directory;
		this.environment = environment;
		this.adminPassword = settings.adminPassword();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.environment.acceptsProfiles(Profiles.of("demo"))) {
			createDemoUsers();
		}
		else if (!this.accounts.existsByRole(Role.FIRM_ADMIN)) {
			if (!StringUtils.hasText(this.adminPassword)) {
				throw new IllegalStateException(
						"No firm administrator exists: set ARDESK_ADMIN_PASSWORD to create the first one ('admin')");
			}
			save("admin", "Firm administrator", Role.FIRM_ADMIN, this.adminPassword, null, Set.of());
			log.info("Created the first firm administrator 'admin'");
		}
	}

	private void createDemoUsers() {
		List<ClientProfile> clients = this.directory.activeClients();
		Set<String> all = ids(clients);
		save("admin", "Alex Admin", Role.FIRM_ADMIN, DEMO_PASSWORD, null, Set.of());
		save("manager", "Morgan Manager", Role.ACCOUNT_MANAGER, DEMO_PASSWORD, null, all);
		// The specialist works two of the three demo clients only, so that isolation can
		// be seen.
		save("specialist", "Sam Specialist", Role.AR_SPECIALIST, DEMO_PASSWORD, null,
				ids(clients.subList(0, Math.min(2, clients.size()))));
		save("specialist2", "Robin Specialist", Role.AR_SPECIALIST, DEMO_PASSWORD, null,
				ids(clients.subList(Math.min(1, clients.size()), clients.size())));
		for (ClientProfile client : clients) {
			save("viewer." + client.id().value(), client.name() + " (viewer)", Role.CLIENT_VIEWER, DEMO_PASSWORD,
					client.id().value(), Set.of());
		}
	}

	private void save(String username, String displayName, Role role, String password, String homeClient,
			Set<String> assigned) {
		if (this.accounts.findByUsername(username).isPresent()) {
			return;
		}
		UserAccount account = new UserAccount(username, displayName, this.passwords.encode(password), role, homeClient);
		account.assign(assigned);
		this.accounts.save(account);
		log.info("Created demo user {}", username);
	}

	private static Set<String> ids(List<ClientProfile> clients) {
		return Set.copyOf(clients.stream().map((client) -> client.id().value()).toList());
	}

}

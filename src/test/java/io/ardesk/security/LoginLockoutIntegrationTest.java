package io.ardesk.security;

import java.util.Set;

import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import io.ardesk.tenancy.ClientId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ArdeskIntegrationTest
class LoginLockoutIntegrationTest extends IntegrationTestSupport {

	static final String PASSWORD = "correct-horse";

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	LoopbackCaller api;

	@BeforeEach
	void api() {
		this.api = LoopbackCaller.fresh(this.port);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountUntilAnAdminResetsThePassword() {
		String username = createUser("lockout.one");
		assertThat(status(username, PASSWORD)).as("the right password works at first").isEqualTo(200);

		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(status(username, "wrong-" + attempt)).isEqualTo(401);
		}

		assertThat(status(username, PASSWORD)).as("locked: even the right password is refused").isEqualTo(401);
		assertThat(summary(username).locked()).isTrue();

		AsUser.run("admin", "FIRM_ADMIN", () -> this.users.resetPassword(username, "Fresh-Start-2027"));

		assertThat(summary(username).locked()).isFalse();
		assertThat(status(username, "Fresh-Start-2027")).isEqualTo(200);
		assertThat(status(username, PASSWORD)).as("the old password is gone").isEqualTo(401);
	}

	@Test
	void fourWrongPasswordsDoNotLockAndASuccessfulSignInStartsTheCountAgain() {
		String username = createUser("lockout.two");
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(status(username, "wrong-" + attempt)).isEqualTo(401);
		}
		assertThat(status(username, PASSWORD)).isEqualTo(200);
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(status(username, "wrong-again-" + attempt)).isEqualTo(401);
		}
		assertThat(status(username, PASSWORD)).isEqualTo(200);
		assertThat(summary(username).locked()).isFalse();
	}

	@Test
	void aLockedAccountDoesNotLockOtherUsers() {
		String locked = createUser("lockout.three");
		String other = createUser("lockout.four");
		for (int attempt = 1; attempt <= 5; attempt++) {
			status(locked, "wrong-" + attempt);
		}
		assertThat(status(locked, PASSWORD)).isEqualTo(401);
		assertThat(status(other, PASSWORD)).isEqualTo(200);
	}

	private int status(String username, String password) {
		return this.api.basic(username, password, "/api/v1/me").statusCode();
	}

	private String createUser(String username) {
		AsUser.run("admin", "FIRM_ADMIN", () -> this.users.create(new UserAdministration.NewUser(username,
				"Lockout Tester", Role.AR_SPECIALIST, PASSWORD, null, Set.of(ClientId.of("lakeview-ortho")))));
		return username;
	}

	private UserAdministration.UserSummary summary(String username) {
		return AsUser.call("admin", "FIRM_ADMIN", () -> this.users.users())
			.stream()
			.filter((user) -> user.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

}

package io.ardesk.security;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.ardesk.tenancy.ClientId;
import io.ardesk.test.ArdeskIntegrationTest;
import io.ardesk.test.AsUser;
import io.ardesk.test.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing as an attacker would do it: many guesses at once against one account,
 * and many guesses from one address against many accounts.
 */
@ArdeskIntegrationTest
class SignInAttacksIntegrationTest extends IntegrationTestSupport {

	static final String PASSWORD = "Amber-Kettle-Nine";

	@LocalServerPort
	int port;

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twentyParallelWrongPasswordsLockTheAccountAfterFiveCountedFailuresAndNoneAnswers500() throws Exception {
		String username = createUser("parallel.guess");
		LoopbackCaller attacker = LoopbackCaller.fresh(this.port);

		List<Integer> statuses = inParallel(20,
				(attempt) -> attacker.basic(username, "guess-" + attempt, "/api/v1/me").statusCode());

		assertThat(statuses).as("every guess is refused as a failed sign-in, none breaks the server")
			.hasSize(20)
			.containsOnly(401);
		var row = this.jdbc.sql("select failed_logins, locked_until from control.app_user where username = ?")
			.param(username)
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getObject(2, java.time.OffsetDateTime.class) })
			.single();
		assertThat(row[0]).as("failed sign-ins counted: exactly the limit, no lost or extra counts").isEqualTo(5);
		assertThat(((java.time.OffsetDateTime) row[1]).toInstant()).as("locked for about 15 minutes")
			.isAfter(Instant.now().plusSeconds(14 * 60));
		assertThat(attacker.basic(username, PASSWORD, "/api/v1/me").statusCode())
			.as("while locked even the right password is refused")
			.isEqualTo(401);
		assertThat(LoopbackCaller.fresh(this.port).basic(username, PASSWORD, "/api/v1/me").statusCode())
			.as("also from another address")
			.isEqualTo(401);
	}

	@Test
	void theRightPasswordSentAmongParallelGuessesNeverSignsInOnceTheAccountIsLocked() throws Exception {
		String username = createUser("parallel.mixed");
		LoopbackCaller attacker = LoopbackCaller.fresh(this.port);

		List<Integer> statuses = inParallel(20,
				(attempt) -> attacker.basic(username, (attempt % 4 == 3) ? PASSWORD : "guess-" + attempt, "/api/v1/me")
					.statusCode());

		// Each answer is a sign-in or a refusal; which right passwords land before the
		// lock
		// depends on the interleaving (all refused is as right as some signed in).
		assertThat(statuses).isSubsetOf(200, 401);
		// Right passwords reset the count; guesses after them count again. Whatever the
		// interleaving, once it is locked nothing signs in.
		if (summary(username).locked()) {
			assertThat(attacker.basic(username, PASSWORD, "/api/v1/me").statusCode()).isEqualTo(401);
		}
	}

	@Test
	void oneAddressGuessingAcrossManyAccountsIsThrottledWhileOtherAddressesStillSignIn() {
		String victim = createUser("throttle.victim");
		LoopbackCaller sprayer = LoopbackCaller.fresh(this.port);

		for (int attempt = 1; attempt <= 30; attempt++) {
			HttpResponse<String> answer = sprayer.basic("nobody-" + attempt, "Summer2026!", "/api/v1/me");
			assertThat(answer.statusCode()).as("guess %d is an ordinary failed sign-in", attempt).isEqualTo(401);
		}
		HttpResponse<String> throttled = sprayer.basic("nobody-31", "Summer2026!", "/api/v1/me");

		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
		assertThat(throttled.body()).contains("Too many failed sign-ins");
		assertThat(sprayer.basic(victim, PASSWORD, "/api/v1/me").statusCode())
			.as("the throttled address cannot sign in even with a right password")
			.isEqualTo(429);
		assertThat(summary(victim).locked()).as("the throttle does not lock the accounts it protects").isFalse();
		assertThat(LoopbackCaller.fresh(this.port).basic(victim, PASSWORD, "/api/v1/me").statusCode())
			.as("another address is not affected")
			.isEqualTo(200);
	}

	@Test
	void theLoginFormSendsAThrottledAddressBackWithTheReasonAndOthersWithAPlainError() {
		LoopbackCaller sprayer = LoopbackCaller.fresh(this.port);
		for (int attempt = 1; attempt <= 30; attempt++) {
			sprayer.basic("nobody-" + attempt, "Winter2026!", "/api/v1/me");
		}

		assertThat(signInByForm(sprayer, "specialist", "demo")).as("even the right password")
			.endsWith("/login?throttled");
		assertThat(signInByForm(LoopbackCaller.fresh(this.port), "specialist", "not-the-password"))
			.endsWith("/login?error");
	}

	/** Posts the login form as the browser does; answers where it redirects to. */
	private static String signInByForm(LoopbackCaller caller, String username, String password) {
		HttpResponse<String> page = caller.send(caller.request("/login").GET());
		String cookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("JSESSIONID="))
			.map((value) -> value.substring(0, value.indexOf(';')))
			.findFirst()
			.orElseThrow();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
			.matcher(page.body());
		String form = "username=" + username + "&password=" + password + (csrf.find() ? "&_csrf=" + csrf.group(1) : "");
		HttpResponse<String> answer = caller.send(caller.request("/login")
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
		assertThat(answer.statusCode()).as("redirect after the form; page: %s", page.body()).isEqualTo(302);
		return answer.headers().firstValue("Location").orElseThrow();
	}

	@Test
	void aPasswordTooLongForBcryptIsAnOrdinaryFailedSignIn() {
		String username = createUser("long.password");

		assertThat(LoopbackCaller.fresh(this.port).basic(username, "x".repeat(200), "/api/v1/me").statusCode())
			.isEqualTo(401);
	}

	private List<Integer> inParallel(int calls, java.util.function.IntFunction<Integer> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int attempt = 0; attempt < calls; attempt++) {
				int number = attempt;
				Callable<Integer> task = () -> {
					start.await();
					return call.apply(number);
				};
				answers.add(pool.submit(task));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String createUser(String username) {
		AsUser.run("admin", "FIRM_ADMIN", () -> this.users.create(new UserAdministration.NewUser(username,
				"Guessing Target", Role.AR_SPECIALIST, PASSWORD, null, Set.of(ClientId.of("lakeview-ortho")))));
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

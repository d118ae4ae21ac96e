package io.ardesk.security.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "a", "demo", "s3cret-pass", "password1234", "Password1234", "P@ssw0rd2026!",
			"Welcome2026!!", "qwertyuiop123", "123456789012", "aaaaaaaaaaaa", "abababababab", "2026-11-30-2026",
			"Correct Horse Battery Staple", "jordan.new-2026-spring" })
	void weakPasswordsAreRefused(String password) {
		assertThat(this.policy.weakness("jordan.new", password)).as(password).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Amber-Kettle-Nine", "correct-horse", "Quartz-Harbor-Seven", "tulip velvet mango rain",
			"N7#qLx9!vR2p" })
	void strongPasswordsAreAccepted(String password) {
		assertThat(this.policy.weakness("jordan.new", password)).as(password).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a", "short-one" })
	void theReasonForAShortPasswordNamesTheMinimum(String password) {
		assertThat(this.policy.weakness("admin", password)).hasValue("a password needs at least 12 characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "P@ssw0rd2026!", "Summer2026!!!", "!!Qwerty!!2026" })
	void decoratedCommonWordsAreSeenThrough(String password) {
		assertThat(PasswordPolicy.core(password.toLowerCase(java.util.Locale.ROOT))).isIn("password", "summer",
				"qwerty");
	}

}

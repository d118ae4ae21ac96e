package io.ardesk.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.ardesk.security.UserAdministration;
import io.ardesk.shared.problem.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters, not a common password (nor a common
 * word dressed up with capitals, digits, symbols or look-alike characters, as in
 * "P@ssw0rd2026!"), and not the user name. The demo users' password {@code demo} is
 * created without this check, and only under the demo profile.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = UserAdministration.MIN_PASSWORD_LENGTH;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/** Why the password is weak, or empty if it is fine. */
	Optional<String> weakness(String username, String password) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of("a password needs at least " + MIN_LENGTH + " characters");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("a password may have at most " + MAX_LENGTH + " characters");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("a password must not contain the user name");
		}
		String core = core(lower);
		if (this.common.contains(lower) || this.common.contains(core) || core.isEmpty()
				|| lower.chars().distinct().count() < 4) {
			return Optional.of("this password is too common or too simple; choose another, e.g. three or four "
					+ "unrelated words");
		}
		return Optional.empty();
	}

	/**
	 * @throws InvalidInputException naming {@code password}
	 */
	void check(String username, String password) {
		weakness(username, password).ifPresent((reason) -> {
			throw new InvalidInputException("password", Character.toUpperCase(reason.charAt(0)) + reason.substring(1));
		});
	}

	/**
	 * The word under the decoration: look-alike characters undone, then leading and
	 * trailing digits, symbols and spaces dropped ("P@ssw0rd2026!" → "password").
	 */
	static String core(String lower) {
		StringBuilder plain = new StringBuilder(lower.length());
		for (char c : lower.toCharArray()) {
			plain.append(switch (c) {
				case '@', '4' -> 'a';
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '$', '5' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		String undone = plain.toString();
		// Digits and symbols at the ends are decoration; compare what stays of the
		// original.
		int start = 0;
		int end = lower.length();
		while (start < end && !Character.isLetter(lower.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
			end--;
		}
		return undone.substring(start, end).replaceAll("[^a-z]", "");
	}

	private static Set<String> load() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("common-passwords.txt is missing from the classpath");
			}
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				return reader.lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
					.map((line) -> line.toLowerCase(Locale.ROOT))
					.collect(Collectors.toUnmodifiableSet());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

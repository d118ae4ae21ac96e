package io.ardesk.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.ardesk.shared.ArdeskSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hashes API tokens with HMAC-SHA-256 under a server key: fast (microseconds, unlike
 * bcrypt) because a token is 256 random bits that cannot be guessed, and useless to
 * whoever reads the table without the key. The key is
 * {@code ardesk.security.api-tokens.key} if set, else one generated on first use and kept
 * in the control schema.
 */
@Component
class TokenHasher {

	private static final Logger log = LoggerFactory.getLogger(TokenHasher.class);

	static final String SECRET_NAME = "api-token-hmac";

	static final int MIN_KEY_LENGTH = 32;

	private final ServerSecrets secrets;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String configuredKey;

	private volatile @Nullable SecretKeySpec key;

	TokenHasher(ServerSecrets secrets, TransactionTemplate transactions, Clock clock, ArdeskSettings settings) {
		this.secrets = secrets;
		this.transactions = transactions;
		this.clock = clock;
		this.configuredKey = settings.security().apiTokens().key();
		if (!this.configuredKey.isEmpty() && this.configuredKey.length() < MIN_KEY_LENGTH) {
			throw new StartupRefusedException(
					"ardesk.security.api-tokens.key is too short: it needs at least " + MIN_KEY_LENGTH + " characters",
					"Set ARDESK_SECURITY_API_TOKENS_KEY to a long random value (e.g. 'openssl rand -base64 48'), "
							+ "or leave it unset to have a key generated and kept in the database.");
		}
	}

	String hash(String token) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec current = this.key;
		if (current == null) {
			synchronized (this) {
				current = this.key;
				if (current == null) {
					byte[] material = this.configuredKey.isEmpty() ? Base64.getDecoder().decode(storedKey())
							: this.configuredKey.getBytes(StandardCharsets.UTF_8);
					current = new SecretKeySpec(material, "HmacSHA256");
					this.key = current;
				}
			}
		}
		return current;
	}

	private String storedKey() {
		String existing = this.transactions
			.execute((status) -> this.secrets.findById(SECRET_NAME).map(ServerSecret::secret).orElse(null));
		if (existing != null) {
			return existing;
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String generated = Base64.getEncoder().encodeToString(random);
		try {
			this.transactions.executeWithoutResult((status) -> this.secrets
				.saveAndFlush(new ServerSecret(SECRET_NAME, generated, this.clock.instant())));
			log.info("Generated the API token key and kept it in the control schema");
			return generated;
		}
		catch (DataIntegrityViolationException ex) {
			// Another server generated it at the same moment: use theirs.
			return this.transactions.execute(
					(status) -> this.secrets.findById(SECRET_NAME).map(ServerSecret::secret).orElseThrow(() -> ex));
		}
	}

}

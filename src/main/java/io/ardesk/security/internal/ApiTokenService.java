package io.ardesk.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import io.ardesk.security.ApiTokens;
import io.ardesk.security.internal.ApiTokenRecords.TokenRow;
import io.ardesk.shared.ArdeskSettings;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ApiTokenService implements ApiTokens {

	private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);

	static final int MAX_NAME_LENGTH = 100;

	private static final int PREFIX_LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRecords records;

	private final UserAccounts accounts;

	private final TokenHasher hasher;

	private final ApiTokenSignIn signIn;

	private final CallerContexts contexts;

	private final Clock clock;

	private final ArdeskSettings.Security.Tokens settings;

	ApiTokenService(ApiTokenRecords records, UserAccounts accounts, TokenHasher hasher, ApiTokenSignIn signIn,
			CallerContexts contexts, Clock clock, ArdeskSettings settings) {
		this.records = records;
		this.accounts = accounts;
		this.hasher = hasher;
		this.signIn = signIn;
		this.contexts = contexts;
		this.clock = clock;
		this.settings = settings.security().apiTokens();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApiTokenSummary> mine() {
		return summaries(this.records.rowsOf(passwordSignedIn()));
	}

	@Override
	@Transactional
	public IssuedApiToken issueForMe(NewApiToken token) {
		String me = passwordSignedIn();
		return issue(me, token, me);
	}

	@Override
	@Transactional
	public void revokeMine(long tokenId) {
		String me = passwordSignedIn();
		revoke(me, tokenId, me);
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('FIRM_ADMIN')")
	public List<ApiTokenSummary> everyone() {
		passwordSignedIn();
		return summaries(this.records.allRows());
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('FIRM_ADMIN')")
	public List<ApiTokenSummary> of(String username) {
		passwordSignedIn();
		existing(username);
		return summaries(this.records.rowsOf(username));
	}

	@Override
	@Transactional
	@PreAuthorize("hasRole('FIRM_ADMIN')")
	public IssuedApiToken issueFor(String username, NewApiToken token) {
		return issue(username, token, passwordSignedIn());
	}

	@Override
	@Transactional
	@PreAuthorize("hasRole('FIRM_ADMIN')")
	public void revoke(String username, long tokenId) {
		revoke(username, tokenId, passwordSignedIn());
	}

	private IssuedApiToken issue(String username, NewApiToken request, String issuer) {
		UserAccount owner = existing(username);
		if (!owner.enabled()) {
			throw new InvalidInputException("username", "User " + username + " is disabled");
		}
		String name = (request.name() != null) ? request.name().strip() : "";
		if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
			throw new InvalidInputException("name",
					"Give the token a name of 1 to " + MAX_NAME_LENGTH + " characters, e.g. what uses it");
		}
		int days = (request.expiresInDays() != null) ? request.expiresInDays() : this.settings.defaultExpiryDays();
		if (days < 1 || days > this.settings.maxExpiryDays()) {
			throw new InvalidInputException("expiresInDays",
					"A token expires in 1 to " + this.settings.maxExpiryDays() + " days");
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = ApiTokenSignIn.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		ApiTokenRecord saved = this.records.save(new ApiTokenRecord(owner, name, this.hasher.hash(token),
				token.substring(0, PREFIX_LENGTH), request.readOnly(), now, issuer, now.plus(Duration.ofDays(days))));
		log.info("API token {} issued to {} by {} ({}, expires in {} days)", saved.id(), username, issuer,
				request.readOnly() ? "read-only" : "read-write", days);
		TokenRow row = new TokenRow(saved.id(), username, name, token.substring(0, PREFIX_LENGTH), request.readOnly(),
				now, issuer, now.plus(Duration.ofDays(days)), null, null);
		return new IssuedApiToken(summary(row, now), token);
	}

	private void revoke(String username, long tokenId, String revoker) {
		ApiTokenRecord token = this.records.findOf(username, tokenId)
			.orElseThrow(() -> new NotFoundException("No API token " + tokenId + " of " + username));
		if (token.revokedAt() == null) {
			token.revoke(this.clock.instant(), revoker);
			log.info("API token {} of {} revoked by {}", tokenId, username, revoker);
		}
		this.signIn.forget(token.tokenHash());
	}

	private UserAccount existing(String username) {
		return this.accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("No user " + username));
	}

	/**
	 * The caller, who must have signed in with a password: a token managing tokens could
	 * outlive its own revocation or widen its own scope.
	 */
	private String passwordSignedIn() {
		Authentication caller = this.contexts.authentication();
		if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
			throw new AccessDeniedException("Sign in to manage API tokens");
		}
		if (caller instanceof ApiTokenAuthentication) {
			throw new AccessDeniedException("API tokens cannot manage API tokens: sign in with your password");
		}
		return caller.getName();
	}

	private List<ApiTokenSummary> summaries(List<TokenRow> rows) {
		Instant now = this.clock.instant();
		return rows.stream().map((row) -> summary(row, now)).toList();
	}

	private static ApiTokenSummary summary(TokenRow row, Instant now) {
		ApiTokenStatus status = (row.revokedAt() != null) ? ApiTokenStatus.REVOKED
				: row.expiresAt().isAfter(now) ? ApiTokenStatus.ACTIVE : ApiTokenStatus.EXPIRED;
		return new ApiTokenSummary(row.id(), row.username(), row.name(), row.prefix(), row.readOnly(), row.createdAt(),
				row.createdBy(), row.expiresAt(), row.lastUsedAt(), row.revokedAt(), status);
	}

}

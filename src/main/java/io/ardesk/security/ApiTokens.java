package io.ardesk.security;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * API tokens, with which integrations (dialers, RPA bots, BI tools) call the REST API as
 * a user: {@code Authorization: Bearer <token>}. A token reaches the clients its user may
 * reach, never more; a read-only one changes nothing even if its user could. The token
 * itself is shown once, when it is issued; only a keyed hash is kept. Managing tokens
 * needs a password sign-in (the portal or HTTP Basic), never a token.
 */
public interface ApiTokens {

	/** The signed-in user's own tokens, newest first. */
	List<ApiTokenSummary> mine();

	/**
	 * Issues a token to the signed-in user.
	 * @throws io.ardesk.shared.problem.InvalidInputException naming {@code name} or
	 * {@code expiresInDays}
	 */
	IssuedApiToken issueForMe(NewApiToken token);

	/**
	 * Revokes one of the signed-in user's tokens (again: no change).
	 * @throws io.ardesk.shared.problem.NotFoundException if the user has no such token
	 */
	void revokeMine(long tokenId);

	/** Firm administrators: every user's tokens, by user, newest first. */
	List<ApiTokenSummary> everyone();

	/**
	 * Firm administrators: one user's tokens.
	 * @throws io.ardesk.shared.problem.NotFoundException if there is no such user
	 */
	List<ApiTokenSummary> of(String username);

	/** Firm administrators: issues a token to a user. */
	IssuedApiToken issueFor(String username, NewApiToken token);

	/** Firm administrators: revokes a user's token. */
	void revoke(String username, long tokenId);

	/**
	 * @param name what the token is for, e.g. "Dialer", 1 to 100 characters
	 * @param expiresInDays its life; {@code null} for the default (90 days unless
	 * configured)
	 */
	record NewApiToken(String name, boolean readOnly, @Nullable Integer expiresInDays) {
	}

	/** A token just issued: {@link #token()} is shown once and never again. */
	record IssuedApiToken(ApiTokenSummary summary, String token) {

		@Override
		public String toString() {
			return "IssuedApiToken[" + this.summary.id() + "]";
		}

	}

	/**
	 * A token as lists show it.
	 *
	 * @param prefix the token's first characters, to tell tokens apart
	 * @param createdBy who issued it (the user, or an administrator)
	 */
	record ApiTokenSummary(long id, String username, String name, String prefix, boolean readOnly, Instant createdAt,
			String createdBy, Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
			ApiTokenStatus status) {
	}

	enum ApiTokenStatus {

		ACTIVE("Active"), EXPIRED("Expired"), REVOKED("Revoked");

		private final String label;

		ApiTokenStatus(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}

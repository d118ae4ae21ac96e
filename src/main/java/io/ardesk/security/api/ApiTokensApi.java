package io.ardesk.security.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.ardesk.security.ApiTokens;
import io.ardesk.security.ApiTokens.ApiTokenSummary;
import io.ardesk.security.ApiTokens.IssuedApiToken;
import io.ardesk.security.ApiTokens.NewApiToken;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens over REST: each user their own ({@code /me/tokens}), firm administrators
 * anyone's ({@code /admin/users/{username}/tokens}). The token is in the answer to the
 * POST only. Managing tokens needs HTTP Basic (a password), never a token.
 */
@RestController
@RequestMapping("/api/v1")
class ApiTokensApi {

	private final ApiTokens tokens;

	ApiTokensApi(ApiTokens tokens) {
		this.tokens = tokens;
	}

	record TokenRequest(@Nullable String name, @Nullable Boolean readOnly, @Nullable Integer expiresInDays) {

		NewApiToken toNew() {
			return new NewApiToken((this.name != null) ? this.name : "", Boolean.TRUE.equals(this.readOnly),
					this.expiresInDays);
		}

	}

	/** A token as listed: never the token itself. */
	record TokenItem(long id, String username, String name, String prefix, boolean readOnly, Instant createdAt,
			String createdBy, Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
			String status) {

		static TokenItem of(ApiTokenSummary token) {
			return new TokenItem(token.id(), token.username(), token.name(), token.prefix(), token.readOnly(),
					token.createdAt(), token.createdBy(), token.expiresAt(), token.lastUsedAt(), token.revokedAt(),
					token.status().name());
		}

	}

	/** The answer to issuing: {@code token} is shown this once. */
	record IssuedToken(long id, String token, String username, String name, String prefix, boolean readOnly,
			Instant createdAt, Instant expiresAt) {

		static IssuedToken of(IssuedApiToken issued) {
			ApiTokenSummary token = issued.summary();
			return new IssuedToken(token.id(), issued.token(), token.username(), token.name(), token.prefix(),
					token.readOnly(), token.createdAt(), token.expiresAt());
		}

	}

	@GetMapping("/me/tokens")
	List<TokenItem> mine() {
		return this.tokens.mine().stream().map(TokenItem::of).toList();
	}

	@PostMapping("/me/tokens")
	ResponseEntity<IssuedToken> issueForMe(@RequestBody TokenRequest request) {
		return created("/api/v1/me/tokens/", this.tokens.issueForMe(request.toNew()));
	}

	@DeleteMapping("/me/tokens/{tokenId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeMine(@PathVariable long tokenId) {
		this.tokens.revokeMine(tokenId);
	}

	@GetMapping("/admin/tokens")
	List<TokenItem> everyone() {
		return this.tokens.everyone().stream().map(TokenItem::of).toList();
	}

	@GetMapping("/admin/users/{username}/tokens")
	List<TokenItem> of(@PathVariable String username) {
		return this.tokens.of(username).stream().map(TokenItem::of).toList();
	}

	@PostMapping("/admin/users/{username}/tokens")
	ResponseEntity<IssuedToken> issueFor(@PathVariable String username, @RequestBody TokenRequest request) {
		return created("/api/v1/admin/users/" + username + "/tokens/", this.tokens.issueFor(username, request.toNew()));
	}

	@DeleteMapping("/admin/users/{username}/tokens/{tokenId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable String username, @PathVariable long tokenId) {
		this.tokens.revoke(username, tokenId);
	}

	private static ResponseEntity<IssuedToken> created(String base, IssuedApiToken issued) {
		return ResponseEntity.created(URI.create(base + issued.summary().id()))
			.header("Cache-Control", "no-store")
			.body(IssuedToken.of(issued));
	}

}

package io.ardesk.security.internal;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A caller signed in with an API token: acts as the token's user, within its scope. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final String username;

	private final long tokenId;

	private final boolean readOnly;

	ApiTokenAuthentication(String username, List<? extends GrantedAuthority> authorities, long tokenId,
			boolean readOnly) {
		super(authorities);
		this.username = username;
		this.tokenId = tokenId;
		this.readOnly = readOnly;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.username;
	}

	long tokenId() {
		return this.tokenId;
	}

	boolean readOnly() {
		return this.readOnly;
	}

}

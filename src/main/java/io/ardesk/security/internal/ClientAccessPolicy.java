package io.ardesk.security.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.Role;
import io.ardesk.security.internal.SignedInAccounts.Account;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.ClientSummary;
import io.ardesk.tenancy.UnknownClientException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The rules: firm administrators reach every active client; account managers and
 * specialists their assigned clients; a client viewer only their own practice, read-only.
 * A read-only API token reads what its user may read and changes nothing. The user is
 * read through {@link SignedInAccounts}, not from the database on every check.
 */
@Service
class ClientAccessPolicy implements ClientAccess {

	private final SignedInAccounts accounts;

	private final ClientDirectory directory;

	private final CallerContexts contexts;

	ClientAccessPolicy(SignedInAccounts accounts, ClientDirectory directory, CallerContexts contexts) {
		this.accounts = accounts;
		this.directory = directory;
		this.contexts = contexts;
	}

	@Override
	public Optional<CurrentUser> currentUser() {
		Authentication authentication = this.contexts.authentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() || isSystem(authentication)) {
			return Optional.empty();
		}
		return this.accounts.find(authentication.getName())
			.filter(Account::enabled)
			.map((account) -> new CurrentUser(account.username(), account.displayName(), account.role(),
					reachable(account).stream().map(ClientProfile::summary).toList()));
	}

	@Override
	public void requireRead(ClientId client) {
		ensureActive(client);
		if (!mayRead(client)) {
			throw new ClientAccessDeniedException("You are not assigned to client " + client.value());
		}
	}

	@Override
	public void requireWrite(ClientId client) {
		ensureActive(client);
		if (!mayWrite(client)) {
			throw new ClientAccessDeniedException(readOnlyToken(this.contexts.authentication())
					? "This API token is read-only" : mayRead(client) ? "Read-only access to client " + client.value()
							: "You are not assigned to client " + client.value());
		}
	}

	@Override
	public void requireRaiseEscalation(ClientId client) {
		ensureActive(client);
		if (!mayRaiseEscalation(client)) {
			throw new ClientAccessDeniedException(readOnlyToken(this.contexts.authentication())
					? "This API token is read-only" : mayRead(client) ? "Read-only access to client " + client.value()
							: "You are not assigned to client " + client.value());
		}
	}

	@Override
	public boolean mayRaiseEscalation(ClientId client) {
		if (readOnlyToken(this.contexts.authentication())) {
			return false;
		}
		// A viewer reaches only their own practice, so reading it is the right here;
		// staff must be allowed to change the client.
		return currentUser().filter((user) -> user.role() == Role.CLIENT_VIEWER)
			.map((user) -> mayRead(client))
			.orElseGet(() -> mayWrite(client));
	}

	@Override
	public boolean mayRead(ClientId client) {
		if (isSystem(this.contexts.authentication())) {
			return isActive(client);
		}
		return currentUser().map((user) -> user.clients().stream().map(ClientSummary::id).anyMatch(client::equals))
			.orElse(false);
	}

	@Override
	public boolean mayWrite(ClientId client) {
		Authentication authentication = this.contexts.authentication();
		if (isSystem(authentication)) {
			return isActive(client);
		}
		if (readOnlyToken(authentication)) {
			return false;
		}
		return currentUser().filter(CurrentUser::mayChangeData)
			.map((user) -> user.clients().stream().map(ClientSummary::id).anyMatch(client::equals))
			.orElse(false);
	}

	private List<ClientProfile> reachable(Account account) {
		List<ClientProfile> active = this.directory.activeClients();
		if (account.role() == Role.FIRM_ADMIN) {
			return active;
		}
		Set<String> allowed = (account.role() == Role.CLIENT_VIEWER)
				? ((account.homeClientId() != null) ? Set.of(account.homeClientId()) : Set.of())
				: account.assignedClientIds();
		return active.stream().filter((client) -> allowed.contains(client.id().value())).toList();
	}

	private void ensureActive(ClientId client) {
		if (!isActive(client)) {
			throw new UnknownClientException(client);
		}
	}

	private boolean isActive(ClientId client) {
		return this.directory.find(client).map(ClientProfile::active).orElse(false);
	}

	private static boolean readOnlyToken(@Nullable Authentication authentication) {
		return authentication instanceof ApiTokenAuthentication token && token.readOnly();
	}

	private static boolean isSystem(@Nullable Authentication authentication) {
		return CallerContexts.isSystem(authentication);
	}

}

package io.ardesk.security;

import java.util.Set;

import io.ardesk.tenancy.ClientId;

/**
 * An enabled member of the firm's staff and the clients they work.
 *
 * @param allClients a firm administrator reaches every active client
 * @param clients the assigned clients (empty for a firm administrator)
 */
public record TeamMember(String username, String displayName, Role role, boolean allClients, Set<ClientId> clients) {

	public TeamMember {
		clients = Set.copyOf(clients);
	}

	public boolean works(ClientId client) {
		return this.allClients || this.clients.contains(client);
	}

}

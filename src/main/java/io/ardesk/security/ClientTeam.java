package io.ardesk.security;

import java.util.List;

import io.ardesk.tenancy.ClientId;

/** Who works a client practice. */
public interface ClientTeam {

	/** User names of the enabled AR specialists assigned to the client, sorted. */
	List<String> specialistsOf(ClientId client);

}

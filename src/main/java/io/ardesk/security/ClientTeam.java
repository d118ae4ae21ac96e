package io.ardesk.security;

import java.util.List;

import io.ardesk.tenancy.ClientId;

/** Who works a client practice. */
public interface ClientTeam {

	/** User names of the enabled AR specialists assigned to the client, sorted. */
	List<String> specialistsOf(ClientId client);

	/** User names of the enabled account managers assigned to the client, sorted. */
	List<String> accountManagersOf(ClientId client);

	/** User names of the enabled firm administrators, sorted. */
	List<String> firmAdministrators();

	/** Every enabled staff member (not client viewers) with their clients, by name. */
	List<TeamMember> staff();

}

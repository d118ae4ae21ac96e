package io.ardesk.tenancy;

import java.util.List;
import java.util.Optional;

/**
 * The client practices known to the portal. Knows nothing about who may see them: callers
 * apply the security module's rules.
 */
public interface ClientDirectory {

	/** Active clients, by name. */
	List<ClientProfile> activeClients();

	/** A client, active or not. */
	Optional<ClientProfile> find(ClientId id);

	FirmProfile firm();

}

package io.ardesk.security;

import java.util.Optional;

import io.ardesk.tenancy.ClientId;

/**
 * Answers, on the server, which clients the current user may reach. Services normally
 * declare {@link ReadsClient} or {@link ChangesClient} instead of calling this directly.
 */
public interface ClientAccess {

	/** The signed-in user, or empty for an anonymous caller. */
	Optional<CurrentUser> currentUser();

	/**
	 * @throws io.ardesk.tenancy.UnknownClientException if no active client has this id
	 * @throws ClientAccessDeniedException if the user may not read it
	 */
	void requireRead(ClientId client);

	/**
	 * @throws io.ardesk.tenancy.UnknownClientException if no active client has this id
	 * @throws ClientAccessDeniedException if the user may not change it
	 */
	void requireWrite(ClientId client);

	/**
	 * The one narrow write a client viewer may make besides answering document requests:
	 * flagging a claim of their own practice for escalation. Staff may when they may
	 * change the client; a read-only API token never may.
	 * @throws io.ardesk.tenancy.UnknownClientException if no active client has this id
	 * @throws ClientAccessDeniedException if the user may not raise an escalation there
	 */
	void requireRaiseEscalation(ClientId client);

	boolean mayRaiseEscalation(ClientId client);

	boolean mayRead(ClientId client);

	boolean mayWrite(ClientId client);

}

package io.ardesk.security;

import java.util.List;
import java.util.Set;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Firm administrators manage users and their client assignments. Every method checks it.
 */
public interface UserAdministration {

	List<UserSummary> users();

	/**
	 * Creates a user. A client viewer needs exactly one {@code homeClient}; staff get
	 * {@code assignedClients}.
	 * @throws IllegalArgumentException if the username is taken or the data is
	 * inconsistent
	 */
	UserSummary create(NewUser user);

	/** Replaces the clients a staff user is assigned to. */
	UserSummary assign(String username, Set<ClientId> clients);

	UserSummary setEnabled(String username, boolean enabled);

	/** Sets a new password and lifts any lockout. */
	void resetPassword(String username, String newPassword);

	record NewUser(String username, String displayName, Role role, String password, @Nullable ClientId homeClient,
			Set<ClientId> assignedClients) {

		@Override
		public String toString() {
			return "NewUser[" + this.username + ", " + this.role + "]";
		}

	}

	record UserSummary(String username, String displayName, Role role, boolean enabled, boolean locked,
			@Nullable ClientId homeClient, Set<ClientId> assignedClients) {
	}

}

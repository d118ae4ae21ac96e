package io.ardesk.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Firm administrators manage users and their client assignments. Every method checks it,
 * and every change is written to the log with who made it (user names only).
 */
public interface UserAdministration {

	/**
	 * At least this many characters; common passwords are refused whatever their length.
	 */
	int MIN_PASSWORD_LENGTH = 12;

	List<UserSummary> users();

	/**
	 * Creates a user. A client viewer needs exactly one {@code homeClient}; staff get
	 * {@code assignedClients}.
	 * @throws io.ardesk.shared.problem.InvalidInputException naming the field
	 * ({@code username}, {@code password}, {@code homeClient}) that is wrong
	 * @throws io.ardesk.shared.problem.ConflictException if the user name is taken
	 */
	UserSummary create(NewUser user);

	/** Replaces the clients a staff user is assigned to. */
	UserSummary assign(String username, Set<ClientId> clients);

	UserSummary setEnabled(String username, boolean enabled);

	/**
	 * Sets a new password and lifts any lockout.
	 * @throws io.ardesk.shared.problem.InvalidInputException naming {@code password} if
	 * it is too short or too common
	 */
	void resetPassword(String username, String newPassword);

	/** Lifts a lockout at once (the failed sign-ins are forgotten). */
	UserSummary unlock(String username);

	record NewUser(String username, String displayName, Role role, String password, @Nullable ClientId homeClient,
			Set<ClientId> assignedClients) {

		@Override
		public String toString() {
			return "NewUser[" + this.username + ", " + this.role + "]";
		}

	}

	/**
	 * @param locked locked after too many wrong passwords (until it expires or an
	 * administrator unlocks it)
	 * @param lastSignInAt the last successful sign-in (portal or HTTP Basic; API tokens
	 * record their own last use)
	 */
	record UserSummary(String username, String displayName, Role role, boolean enabled, boolean locked,
			@Nullable Instant lastSignInAt, @Nullable ClientId homeClient, Set<ClientId> assignedClients) {
	}

}

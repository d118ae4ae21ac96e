package io.ardesk.security;

import java.util.List;

import io.ardesk.tenancy.ClientSummary;

/**
 * The signed-in user as the rest of the portal sees them.
 *
 * @param clients the active clients this user may reach, by name
 */
public record CurrentUser(String username, String displayName, Role role, List<ClientSummary> clients) {

	public boolean mayChangeData() {
		return this.role.isStaff();
	}

}

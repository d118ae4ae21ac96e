package io.ardesk.reminders.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.ardesk.security.ClientTeam;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** The claim's owner and the client's account managers, each once. */
@Component
class ReminderRecipients {

	private final ClientTeam team;

	ReminderRecipients(ClientTeam team) {
		this.team = team;
	}

	List<String> ownerAndManagers(ClientId client, @Nullable String owner) {
		Set<String> users = new LinkedHashSet<>();
		if (owner != null) {
			users.add(owner);
		}
		users.addAll(this.team.accountManagersOf(client));
		return List.copyOf(users);
	}

	/** The owner, or the account managers when nobody owns the claim. */
	List<String> ownerOrManagers(ClientId client, @Nullable String owner) {
		return (owner != null) ? List.of(owner) : this.team.accountManagersOf(client);
	}

}

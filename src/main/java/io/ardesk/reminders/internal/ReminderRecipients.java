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

	/**
	 * The client's account managers read once, for a job that tells many claims' owners
	 * (reading the team per claim cost a user query per claim and user).
	 */
	Team of(ClientId client) {
		return new Team(this.team.accountManagersOf(client));
	}

	/** One client's account managers. */
	record Team(List<String> managers) {

		List<String> ownerAndManagers(@Nullable String owner) {
			Set<String> users = new LinkedHashSet<>();
			if (owner != null) {
				users.add(owner);
			}
			users.addAll(this.managers);
			return List.copyOf(users);
		}

		/** The owner, or the account managers when nobody owns the claim. */
		List<String> ownerOrManagers(@Nullable String owner) {
			return (owner != null) ? List.of(owner) : this.managers;
		}

	}

}

package io.ardesk.security.internal;

import java.util.List;

import io.ardesk.security.ClientTeam;
import io.ardesk.security.Role;
import io.ardesk.tenancy.ClientId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ClientTeamDirectory implements ClientTeam {

	private final UserAccounts accounts;

	ClientTeamDirectory(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> specialistsOf(ClientId client) {
		return this.accounts.findAllByOrderByUsername()
			.stream()
			.filter((account) -> account.role() == Role.AR_SPECIALIST && account.enabled()
					&& account.assignedClientIds().contains(client.value()))
			.map(UserAccount::username)
			.toList();
	}

}

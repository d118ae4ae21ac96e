package io.ardesk.security.internal;

import java.util.List;
import java.util.stream.Collectors;

import io.ardesk.security.ClientTeam;
import io.ardesk.security.Role;
import io.ardesk.security.TeamMember;
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

	@Override
	@Transactional(readOnly = true)
	public List<String> accountManagersOf(ClientId client) {
		// one query for the client's managers: the jobs ask once per client and run
		return this.accounts.assignedTo(client.value(), Role.ACCOUNT_MANAGER);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> firmAdministrators() {
		return staff().stream().filter((member) -> member.role() == Role.FIRM_ADMIN).map(TeamMember::username).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<TeamMember> staff() {
		return this.accounts.findAllByOrderByUsername()
			.stream()
			.filter((account) -> account.enabled() && account.role().isStaff())
			.map((account) -> new TeamMember(account.username(), account.displayName(), account.role(),
					account.role() == Role.FIRM_ADMIN,
					account.assignedClientIds().stream().map(ClientId::of).collect(Collectors.toSet())))
			.toList();
	}

}

package io.ardesk.security.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.ardesk.security.ClientTeam;
import io.ardesk.security.Role;
import io.ardesk.security.TeamMember;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who works which client, answered from one in-memory picture of the firm's users (a firm
 * has tens to hundreds). The background jobs ask once per client and job: answering each
 * from a JPA query cost a fifth of a reminder job's CPU (ReminderJobsBenchmark profile).
 * The picture is read again after any change of a user through JPA in this process
 * ({@link #changed()}, after the change commits) and at most {@link #MAX_AGE} after it
 * was read, for changes made elsewhere (another node, SQL).
 */
@Service
class ClientTeamDirectory implements ClientTeam {

	/** How old the picture may get before it is read again even without a change. */
	static final Duration MAX_AGE = Duration.ofSeconds(10);

	/** Counts the changes of users seen in this process. */
	private static final AtomicLong generation = new AtomicLong();

	private final UserAccounts accounts;

	private final TransactionTemplate readOnly;

	private volatile @Nullable Picture picture;

	ClientTeamDirectory(UserAccounts accounts, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * A user was written through JPA: the picture is read again on the next question, and
	 * once more after the writing transaction commits (a question in between would read
	 * the old rows).
	 */
	static void changed() {
		generation.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					generation.incrementAndGet();
				}
			});
		}
	}

	@Override
	public List<String> specialistsOf(ClientId client) {
		return members().stream()
			.filter((member) -> member.role() == Role.AR_SPECIALIST && member.clients().contains(client.value()))
			.map(Member::username)
			.toList();
	}

	@Override
	public List<String> accountManagersOf(ClientId client) {
		return members().stream()
			.filter((member) -> member.role() == Role.ACCOUNT_MANAGER && member.clients().contains(client.value()))
			.map(Member::username)
			.toList();
	}

	@Override
	public List<String> firmAdministrators() {
		return members().stream().filter((member) -> member.role() == Role.FIRM_ADMIN).map(Member::username).toList();
	}

	@Override
	public List<TeamMember> staff() {
		return members().stream()
			.filter((member) -> member.role().isStaff())
			.map((member) -> new TeamMember(member.username(), member.displayName(), member.role(),
					member.role() == Role.FIRM_ADMIN,
					member.clients().stream().map(ClientId::of).collect(Collectors.toSet())))
			.toList();
	}

	/** The enabled users, by user name. */
	private List<Member> members() {
		long now = System.nanoTime();
		long seen = generation.get();
		Picture current = this.picture;
		if (current == null || current.generation() != seen || now - current.readAt() > MAX_AGE.toNanos()) {
			List<Member> members = this.readOnly.execute((status) -> this.accounts.findAllByOrderByUsername()
				.stream()
				.filter(UserAccount::enabled)
				.map((account) -> new Member(account.username(), account.displayName(), account.role(),
						Set.copyOf(account.assignedClientIds())))
				.toList());
			current = new Picture(seen, now, (members != null) ? members : List.of());
			this.picture = current;
		}
		return current.members();
	}

	private record Member(String username, String displayName, Role role, Set<String> clients) {
	}

	private record Picture(long generation, long readAt, List<Member> members) {
	}

}

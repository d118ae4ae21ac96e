package io.ardesk.security.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	/**
	 * Every user with their client assignments, in one query (the eager assignments were
	 * otherwise read with one more query per user: 52 statements for 51 users, every time
	 * a job asked for a client's account managers).
	 */
	@EntityGraph(attributePaths = "assignedClientIds")
	List<UserAccount> findAllByOrderByUsername();

	/** User names of the enabled users of a role assigned to a client, sorted. */
	@Query("""
			select a.username from UserAccount a join a.assignedClientIds c
			where c = :client and a.role = :role and a.enabled order by a.username""")
	List<String> assignedTo(String client, io.ardesk.security.Role role);

	boolean existsByRole(io.ardesk.security.Role role);

}

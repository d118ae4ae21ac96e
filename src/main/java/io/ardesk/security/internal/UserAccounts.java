package io.ardesk.security.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	/**
	 * Every user with their client assignments, in one query (the eager assignments were
	 * otherwise read with one more query per user: 52 statements for 51 users, every time
	 * a job asked for a client's account managers).
	 */
	@EntityGraph(attributePaths = "assignedClientIds")
	List<UserAccount> findAllByOrderByUsername();

	boolean existsByRole(io.ardesk.security.Role role);

}

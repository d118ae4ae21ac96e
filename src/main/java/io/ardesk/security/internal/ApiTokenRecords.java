package io.ardesk.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ApiTokenRecords extends JpaRepository<ApiTokenRecord, Long> {

	/** What signing in with a token needs, found by the token's keyed hash. */
	record TokenMatch(long id, String username, boolean readOnly, Instant expiresAt, @Nullable Instant revokedAt,
			@Nullable Instant lastUsedAt) {
	}

	/** A token as lists show it, before its status is worked out. */
	record TokenRow(long id, String username, String name, String prefix, boolean readOnly, Instant createdAt,
			String createdBy, Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
	}

	@Transactional(readOnly = true)
	@Query("""
			select new io.ardesk.security.internal.ApiTokenRecords$TokenMatch(
			    t.id, u.username, t.readOnly, t.expiresAt, t.revokedAt, t.lastUsedAt)
			from ApiTokenRecord t join t.owner u where t.tokenHash = :hash
			""")
	Optional<TokenMatch> match(String hash);

	@Transactional(readOnly = true)
	@Query("""
			select new io.ardesk.security.internal.ApiTokenRecords$TokenRow(
			    t.id, u.username, t.name, t.tokenPrefix, t.readOnly, t.createdAt, t.createdBy, t.expiresAt,
			    t.lastUsedAt, t.revokedAt)
			from ApiTokenRecord t join t.owner u where u.username = :username order by t.createdAt desc, t.id desc
			""")
	List<TokenRow> rowsOf(String username);

	@Transactional(readOnly = true)
	@Query("""
			select new io.ardesk.security.internal.ApiTokenRecords$TokenRow(
			    t.id, u.username, t.name, t.tokenPrefix, t.readOnly, t.createdAt, t.createdBy, t.expiresAt,
			    t.lastUsedAt, t.revokedAt)
			from ApiTokenRecord t join t.owner u order by u.username, t.createdAt desc, t.id desc
			""")
	List<TokenRow> allRows();

	@Query("select t from ApiTokenRecord t join t.owner u where t.id = :id and u.username = :username")
	Optional<ApiTokenRecord> findOf(String username, long id);

	@Modifying
	@Transactional
	@Query("update ApiTokenRecord t set t.lastUsedAt = :at where t.id = :id")
	int noteUse(long id, Instant at);

}

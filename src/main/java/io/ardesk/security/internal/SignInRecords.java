package io.ardesk.security.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in bookkeeping of user accounts. Every change is one atomic update, so that
 * sign-ins racing each other neither lose a count nor fail on a version conflict: the
 * database serialises the updates of one row.
 */
interface SignInRecords extends Repository<UserAccount, Long> {

	/**
	 * Counts one failed sign-in of an account that is not locked (an expired lock counts
	 * as a fresh start). Call {@link #lockAtLimit} in the same transaction: this update
	 * holds the row until then.
	 * @return 1 if counted, 0 if the account is locked (or does not exist)
	 */
	@Modifying
	@Query("""
			update UserAccount u
			set u.failedLogins = case when u.lockedUntil is null then u.failedLogins + 1 else 1 end,
			    u.lockedUntil = null
			where u.username = :username and (u.lockedUntil is null or u.lockedUntil <= :now)
			""")
	int countFailure(String username, Instant now);

	/**
	 * Locks an account whose failed sign-ins reached the limit.
	 * @return 1 if this locked it
	 */
	@Modifying
	@Query("""
			update UserAccount u set u.lockedUntil = :lockedUntil
			where u.username = :username and u.lockedUntil is null and u.failedLogins >= :limit
			""")
	int lockAtLimit(String username, int limit, Instant lockedUntil);

	/**
	 * Records a successful sign-in of an account that is not locked: clears the failure
	 * count and notes the time. Skips the write when there is nothing to change and the
	 * last sign-in was noted after {@code notedSince} (HTTP Basic signs in on every
	 * call).
	 * @return 1 if written, 0 if locked or nothing to change (ask {@link #isLocked})
	 */
	@Modifying
	@Transactional
	@Query("""
			update UserAccount u
			set u.failedLogins = 0, u.lockedUntil = null, u.lastSignInAt = :now
			where u.username = :username and (u.lockedUntil is null or u.lockedUntil <= :now)
			  and (u.failedLogins <> 0 or u.lockedUntil is not null or u.lastSignInAt is null
			       or u.lastSignInAt < :notedSince)
			""")
	int recordSignIn(String username, Instant now, Instant notedSince);

	@Transactional(readOnly = true)
	@Query("select count(u) > 0 from UserAccount u where u.username = :username and u.lockedUntil > :now")
	boolean isLocked(String username, Instant now);

	/** Lifts a lockout and forgets the failed sign-ins. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@Query("update UserAccount u set u.failedLogins = 0, u.lockedUntil = null where u.username = :username")
	int unlock(String username);

}

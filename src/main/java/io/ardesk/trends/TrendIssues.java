package io.ardesk.trends;

import java.util.List;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Trend issues of a client. Reading needs read access to the client; changing needs write
 * access; running a scan by hand needs an account manager or firm administrator.
 */
public interface TrendIssues {

	/**
	 * Runs detection now with the client's thresholds: opens an issue per new pattern,
	 * brings open ones up to date, reopens resolved ones whose pattern returned.
	 * @throws io.ardesk.security.ClientAccessDeniedException for anyone but managers and
	 * firm administrators
	 */
	TrendScan scan(ClientId client);

	/** Newest detection first; {@code status} narrows the list. */
	List<TrendIssue> issues(ClientId client, @Nullable TrendIssueStatus status);

	/**
	 * @throws io.ardesk.shared.problem.NotFoundException if the client has no such issue
	 */
	TrendIssue issue(ClientId client, long id);

	/** The claims of the issue's last detection, largest amount first. */
	List<AffectedClaim> claims(ClientId client, long id);

	/**
	 * Assigns, dates, explains or moves an issue on. Resolving needs a root cause and a
	 * preventive action; a resolved issue is reopened only by detection.
	 * @throws io.ardesk.shared.problem.RuleViolationException naming the field refused
	 * @throws io.ardesk.shared.problem.ConflictException if {@code expectedVersion} is
	 * stale
	 */
	TrendIssue update(ClientId client, long id, TrendIssueUpdate update);

	/** Who may own the client's issues: its specialists and the caller. */
	List<String> possibleOwners(ClientId client);

	/** Whether the caller may run detection by hand. */
	boolean mayScan();

}

package io.ardesk.patients;

import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * Statement runs of a client: the monthly cycle (a job on the client's cycle day) and
 * runs on demand. A run prints the letter each patient is due, one PDF per patient plus
 * one combined print file, and never sends a patient two letters in one cycle.
 */
public interface StatementRuns {

	/** The most runs {@link #runs} lists at once. */
	int MAX_LIMIT = 500;

	/**
	 * Runs the current cycle now; only account managers and firm administrators may.
	 * @throws io.ardesk.security.ClientAccessDeniedException for anyone else
	 */
	StatementRun runNow(ClientId client);

	/** The client's runs, newest first, at most {@code limit}. */
	List<StatementRun> runs(ClientId client, int limit);

	/**
	 * One run.
	 * @throws io.ardesk.shared.problem.NotFoundException when the client has no such run
	 */
	StatementRun run(ClientId client, long runId);

	/** The letters a run printed, in print order (by ZIP code, then name). */
	List<StatementLetter> letters(ClientId client, long runId);

	/** The patients a run did not print, and why. */
	List<SkippedAccount> skipped(ClientId client, long runId);

	/** All letters of the run in one PDF, in print order, for the print shop. */
	byte[] printFile(ClientId client, long runId);

	/** The run's result as CSV: every patient printed or skipped, with the reason. */
	byte[] resultCsv(ClientId client, long runId);

}

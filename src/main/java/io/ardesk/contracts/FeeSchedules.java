package io.ardesk.contracts;

import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * The fee schedules of a client's payers. Firm staff read them; account managers and firm
 * administrators of the client change them. Periods of the same payer, procedure and
 * modifier never overlap. Every change is audited and re-evaluates the underpayments of
 * the lines already posted for that payer.
 */
public interface FeeSchedules {

	/** Every row, by payer, procedure, modifier and start. */
	List<FeeSchedule> list(ClientId client);

	/**
	 * Loads a CSV with the header
	 * {@code payer_id,procedure_code,modifier,allowed_amount,effective_from,effective_to}:
	 * all rows or none. Dates as MM/DD/YYYY or YYYY-MM-DD.
	 * @throws io.ardesk.shared.problem.RuleViolationException naming the line and column
	 * of every bad value (all of them, not only the first)
	 */
	FeeScheduleImport importCsv(ClientId client, byte[] csv);

	FeeSchedule add(ClientId client, FeeScheduleEntry entry);

	/**
	 * @throws io.ardesk.shared.problem.ConflictException when someone else changed the
	 * row since {@code expectedVersion}
	 */
	FeeSchedule update(ClientId client, long id, FeeScheduleEntry entry, long expectedVersion);

	void delete(ClientId client, long id);

	/** Whether the signed-in user may change this client's schedules. */
	boolean mayChange(ClientId client);

	/** The audit trail, newest first. */
	List<FeeScheduleChange> changes(ClientId client, int limit);

}

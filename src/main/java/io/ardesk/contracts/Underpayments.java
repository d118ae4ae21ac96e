package io.ardesk.contracts;

import java.time.LocalDate;
import java.util.List;

import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * The underpayment worklist of a client: firm staff only (it is firm-internal).
 */
public interface Underpayments {

	/**
	 * Underpayments by variance, largest first.
	 * @param paidFrom only those paid on or after this day, if given
	 */
	List<Underpayment> list(ClientId client, @Nullable LocalDate paidFrom);

}

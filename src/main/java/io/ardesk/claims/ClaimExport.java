package io.ardesk.claims;

import java.util.List;

import io.ardesk.shared.export.TableWriter;
import io.ardesk.tenancy.ClientId;

/**
 * The claims list as a file, with the filter applied: every matching claim in
 * claim-number order, written page by page so that a ledger of 100,000 claims streams.
 */
public interface ClaimExport {

	/**
	 * The columns the caller gets: a client's viewer the columns of the claims API, staff
	 * also the denial category and the deadline.
	 * @throws io.ardesk.tenancy.UnknownClientException if the caller may not read the
	 * client
	 */
	List<String> header(ClientId client);

	/** Writes every claim that matches, in the columns of {@link #header}. */
	void write(ClientId client, ClaimFilter filter, TableWriter writer);

}

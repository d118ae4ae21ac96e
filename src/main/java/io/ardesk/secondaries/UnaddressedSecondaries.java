package io.ardesk.secondaries;

import java.util.Map;

import io.ardesk.tenancy.ClientId;

/**
 * Finds claims whose primary adjudicated with patient responsibility, with a secondary
 * payer on file (837 loop 2320), not under appeal, and with neither a secondary claim nor
 * a secondary remittance after the client's {@code followUp.secondaryAfterDays} (default
 * 30). A crossover (CLP02 19, 20 or 21) counts as forwarded to the secondary.
 */
public interface UnaddressedSecondaries {

	/**
	 * The client's secondary worklist. Firm staff only.
	 * @throws io.ardesk.security.ClientAccessDeniedException for a client viewer
	 */
	SecondaryWorklist worklist(ClientId client);

	/**
	 * The same claims by claim id, for the work queue's reasons (no staff check: the
	 * queue decides who sees them).
	 */
	Map<Long, UnaddressedSecondary> byClaim(ClientId client);

}

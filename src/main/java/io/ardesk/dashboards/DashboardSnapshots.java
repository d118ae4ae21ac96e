package io.ardesk.dashboards;

import io.ardesk.tenancy.ClientId;

/**
 * The read model behind the client dashboard and the firm portfolio. It is refreshed by a
 * recurring job for every active client and after each posting (remittance, import);
 * readers never walk the ledger per request. Each method checks the caller's right to the
 * client.
 */
public interface DashboardSnapshots {

	/**
	 * The client's dashboard as stored. Computed (and stored) first when there is none
	 * yet, when it was computed on an earlier day, or when the ledger's journal moved
	 * since.
	 */
	DashboardSnapshot current(ClientId client);

	/**
	 * Recomputes the client's dashboard now and stores it: the managers' "Refresh now".
	 * @throws org.springframework.security.access.AccessDeniedException for a user who
	 * may not change the client
	 */
	DashboardSnapshot refresh(ClientId client);

}

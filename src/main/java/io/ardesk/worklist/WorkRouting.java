package io.ardesk.worklist;

import io.ardesk.tenancy.ClientId;

/**
 * Applies a remittance rule's work actions to a claim, in the caller's transaction (the
 * import that posted the remittance), recorded in the claim's history under the rule's
 * name. The caller has checked the rule; no role check is made here beyond the right to
 * change the client.
 */
public interface WorkRouting {

	void route(ClientId client, long claimId, RoutedWork work, String ruleName);

}

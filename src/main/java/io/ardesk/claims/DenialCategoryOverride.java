package io.ardesk.claims;

import io.ardesk.codes.DenialCategory;
import io.ardesk.tenancy.ClientId;

/**
 * Sets the denial category of a claim by a rule of the firm instead of the one its codes
 * give (until the next posting), recorded in the claim's history with why.
 */
public interface DenialCategoryOverride {

	void setDenialCategory(ClientId client, long claimId, DenialCategory category, String why);

}

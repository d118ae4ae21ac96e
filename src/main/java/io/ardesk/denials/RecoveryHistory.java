package io.ardesk.denials;

import java.util.List;
import java.util.Map;

import io.ardesk.codes.DenialCategory;
import io.ardesk.tenancy.ClientId;

/**
 * Recovery rates learned from a client's own history: for each claim denial paid between
 * {@link #MAXIMUM_AGE_DAYS} and {@link #MINIMUM_AGE_DAYS} days ago, the dollars the
 * payers paid on the claim afterwards (reversed payments excluded), at most the denied
 * dollars, against the denied dollars. A category needs at least {@link #MINIMUM_DENIALS}
 * such denials before its learned rate replaces the typical one.
 */
public interface RecoveryHistory {

	/** Denials a category needs before its own rate is trusted. */
	int MINIMUM_DENIALS = 20;

	/** Younger denials have not had time to be worked. */
	int MINIMUM_AGE_DAYS = 45;

	/** Older history describes a different payer mix. */
	int MAXIMUM_AGE_DAYS = 730;

	/** Every category with any history, learned or not, in category order. */
	List<RecoveryRate> rates(ClientId client);

	/** Only the categories with enough history ({@link RecoveryRate#learned()}). */
	Map<DenialCategory, RecoveryRate> learnedRates(ClientId client);

}

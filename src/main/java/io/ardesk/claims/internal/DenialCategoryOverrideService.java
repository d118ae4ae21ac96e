package io.ardesk.claims.internal;

import io.ardesk.claims.ClaimEvents;
import io.ardesk.claims.DenialCategoryOverride;
import io.ardesk.codes.DenialCategory;
import io.ardesk.security.ChangesClient;
import io.ardesk.tenancy.ClientId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DenialCategoryOverrideService implements DenialCategoryOverride {

	private final JdbcClient jdbc;

	private final ClaimEvents events;

	DenialCategoryOverrideService(JdbcClient jdbc, ClaimEvents events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	@ChangesClient
	@Transactional
	public void setDenialCategory(ClientId client, long claimId, DenialCategory category, String why) {
		int changed = this.jdbc
			.sql("update claim set denial_category = :category, updated_at = now() where id = :id "
					+ "and denial_category is distinct from :category")
			.param("category", category.name())
			.param("id", claimId)
			.update();
		if (changed > 0) {
			this.events.record(client, claimId, "DENIAL_CATEGORY_SET",
					"Denial category set to " + category.label() + ": " + why);
		}
	}

}

package io.ardesk.claims.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import io.ardesk.claims.ClaimStatus;

/**
 * A claim's status as a coloured badge: green when settled, red when denied, amber while
 * money is only partly in, grey when it no longer counts.
 */
final class ClaimStatusBadge {

	private ClaimStatusBadge() {
	}

	static Badge of(ClaimStatus status) {
		Badge badge = new Badge(status.label());
		badge.addClassName("claim-status");
		switch (status) {
			case PAID -> badge.addThemeVariants(BadgeVariant.SUCCESS);
			case DENIED -> badge.addThemeVariants(BadgeVariant.ERROR);
			case PARTIALLY_PAID, PATIENT_BALANCE -> badge.addThemeVariants(BadgeVariant.WARNING);
			case CLOSED, VOIDED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
			default -> {
				// submitted, in process and forwarded claims wait on a payer: the plain
				// badge
			}
		}
		return badge;
	}

}

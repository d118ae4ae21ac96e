package io.ardesk.routing;

import java.math.BigDecimal;
import java.util.List;

import io.ardesk.claims.PayerCategory;
import org.jspecify.annotations.Nullable;

/**
 * When a rule fires: an adjustment of the posted claim payment with this group code and
 * one of these reason codes, from this payer (its payer id) or payer category (neither:
 * any payer), posted in this order, for at least {@code minDenied} (the sum of the
 * matching adjustments; {@code null}: any amount).
 */
public record RuleCondition(List<String> carcs, String groupCode, @Nullable String payerId,
		@Nullable PayerCategory payerCategory, PayerOrder payerOrder, @Nullable BigDecimal minDenied) {

	public RuleCondition {
		// A JSON body may omit the codes: the validator then names the field.
		carcs = (carcs != null) ? carcs.stream().filter(java.util.Objects::nonNull).toList() : List.of();
	}

}

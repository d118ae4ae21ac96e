package io.ardesk.trends.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.ardesk.trends.TrendIssueKind;
import org.jspecify.annotations.Nullable;

/**
 * A pattern over its threshold in one detection run.
 *
 * @param key the pattern key: the same pattern detected again has the same key
 * @param threshold claims the rule needs; a resolved issue reopens when this many claims
 * are new to it
 */
record Hit(TrendIssueKind kind, String key, String what, int threshold, List<Claim> claims) {

	record Claim(long claimId, LocalDate occurredOn, BigDecimal amount, @Nullable String reason) {
	}

	BigDecimal atStake() {
		return this.claims.stream().map(Claim::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}

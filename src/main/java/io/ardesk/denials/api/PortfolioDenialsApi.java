package io.ardesk.denials.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ardesk.denials.DenialAnalytics;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.shared.validation.PlausibleDate;
import io.ardesk.tenancy.ClientSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Denials across all the caller's clients: the per-client summary rows, each with its
 * {@code clientId}. Each client is read (and access-checked) on its own.
 */
@RestController
class PortfolioDenialsApi {

	private final DenialAnalytics analytics;

	private final ClientAccess access;

	PortfolioDenialsApi(DenialAnalytics analytics, ClientAccess access) {
		this.analytics = analytics;
		this.access = access;
	}

	@GetMapping("/api/v1/denials/summary")
	List<Map<String, @Nullable Object>> summary(
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String groupBy) {
		CurrentUser user = this.access.currentUser()
			.orElseThrow(() -> new InsufficientAuthenticationException("Sign in to use the API"));
		Set<DenialDimension> dimensions = DenialsApi.grouping(groupBy);
		List<Map<String, @Nullable Object>> rows = new ArrayList<>();
		for (ClientSummary client : user.clients()) {
			LocalDate end = (to != null) ? to : this.analytics.today(client.id());
			LocalDate start = (from != null) ? from : end.minusDays(DenialsApi.DEFAULT_DAYS);
			for (DenialFigure figure : this.analytics.summary(client.id(), start, end, dimensions)) {
				Map<String, @Nullable Object> row = new java.util.LinkedHashMap<>();
				row.put("clientId", client.id().value());
				row.putAll(DenialsApi.row(figure, dimensions));
				rows.add(row);
			}
		}
		return rows;
	}

}

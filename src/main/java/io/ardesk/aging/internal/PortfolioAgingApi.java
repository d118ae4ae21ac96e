package io.ardesk.aging.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ardesk.aging.AgingReports;
import io.ardesk.aging.ClientAging;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.shared.validation.PlausibleDate;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aging across all the caller's clients, one entry per client. Without {@code asOf}: the
 * earliest "today" of the clients' time zones, so that no client is asked about its
 * future.
 */
@RestController
class PortfolioAgingApi {

	private final AgingReports reports;

	private final ClientAccess access;

	PortfolioAgingApi(AgingReports reports, ClientAccess access) {
		this.reports = reports;
		this.access = access;
	}

	@GetMapping("/api/v1/aging")
	List<Map<String, Object>> portfolio(@RequestParam(required = false) @DateTimeFormat(
			iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate asOf) {
		CurrentUser user = this.access.currentUser()
			.orElseThrow(() -> new InsufficientAuthenticationException("Sign in to use the API"));
		List<ClientId> clients = user.clients().stream().map(ClientSummary::id).toList();
		if (clients.isEmpty()) {
			return List.of();
		}
		LocalDate date = (asOf != null) ? asOf
				: clients.stream().map(this.reports::today).min(Comparator.naturalOrder()).orElseThrow();
		Map<ClientId, String> names = new LinkedHashMap<>();
		user.clients().forEach((client) -> names.put(client.id(), client.name()));
		return this.reports.portfolio(clients, date).stream().map((aging) -> entry(aging, names, date)).toList();
	}

	private static Map<String, Object> entry(ClientAging aging, Map<ClientId, String> names, LocalDate asOf) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", aging.client().value());
		body.put("name", names.get(aging.client()));
		body.put("asOf", asOf.toString());
		body.put("basis", aging.basis().name());
		body.put("insurance", AgingApi.buckets(aging.insurance()));
		body.put("patient", AgingApi.buckets(aging.patient()));
		body.put("credits", AgingApi.credits(aging.credits()));
		return body;
	}

}

package io.ardesk.clientportal.api;

import java.time.LocalDate;

import io.ardesk.clientportal.PracticeDashboard;
import io.ardesk.clientportal.PracticeFigures;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The practice's dashboard: the trailing 90 days by default, or {@code from}/{@code to}
 * (ISO dates, both or neither). The practice's viewer and the client's staff read it;
 * another practice 404.
 */
@RestController
class PracticeDashboardApi {

	private final PracticeDashboard dashboard;

	PracticeDashboardApi(PracticeDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/api/v1/clients/{clientId}/dashboard")
	PracticeFigures dashboard(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		ClientId client = ApiClientIds.parse(clientId);
		if (from == null && to == null) {
			return this.dashboard.figures(client);
		}
		if (from == null || to == null) {
			throw new InvalidInputException((from == null) ? "from" : "to", "Give both from and to, or neither.");
		}
		return this.dashboard.figures(client, from, to);
	}

}

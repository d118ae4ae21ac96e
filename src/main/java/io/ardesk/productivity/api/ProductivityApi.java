package io.ardesk.productivity.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.portal.ApiClientIds;
import io.ardesk.productivity.Productivity;
import io.ardesk.productivity.ProductivityFigures;
import io.ardesk.productivity.ProductivityReport;
import io.ardesk.productivity.ProductivityTable;
import io.ardesk.shared.export.TableFile;
import io.ardesk.shared.export.TableResponse;
import io.ardesk.shared.export.TableWriter;
import io.ardesk.shared.validation.PlausibleDate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Productivity by outcomes over REST ({@code from}/{@code to} as YYYY-MM-DD, default the
 * trailing 30 days). Not on the practices' allow-list: a viewer gets 403.
 */
@RestController
class ProductivityApi {

	static final List<String> HEADER = List.of("Client", "User", "Name", "Touches", "Touches per day", "First touches",
			"Median days to first touch", "Cash recovered", "Cash per touch", "Avoidable touches", "Avoidable %",
			"Overdue next actions");

	private final Productivity productivity;

	ProductivityApi(Productivity productivity) {
		this.productivity = productivity;
	}

	@GetMapping("/api/v1/productivity")
	ProductivityReport firm(
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to) {
		return this.productivity.firm(from, to);
	}

	@GetMapping("/api/v1/clients/{clientId}/productivity")
	ProductivityReport client(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to) {
		return this.productivity.client(ApiClientIds.parse(clientId), from, to);
	}

	@GetMapping({ "/api/v1/productivity.csv", "/api/v1/productivity.xlsx" })
	void firmFile(
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
			HttpServletRequest request, HttpServletResponse response) {
		ProductivityReport report = this.productivity.firm(from, to);
		send(report, "productivity-" + report.from() + "-" + report.to(), request, response);
	}

	@GetMapping({ "/api/v1/clients/{clientId}/productivity.csv", "/api/v1/clients/{clientId}/productivity.xlsx" })
	void clientFile(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
			HttpServletRequest request, HttpServletResponse response) {
		ProductivityReport report = this.productivity.client(ApiClientIds.parse(clientId), from, to);
		send(report, "productivity-" + clientId + "-" + report.from() + "-" + report.to(), request, response);
	}

	private static void send(ProductivityReport report, String name, HttpServletRequest request,
			HttpServletResponse response) {
		TableResponse.send(response, TableFile.Format.ofPath(request.getRequestURI()), name, "Productivity",
				ProductivityTable.HEADER, (writer) -> ProductivityTable.write(report, writer));
	}

}

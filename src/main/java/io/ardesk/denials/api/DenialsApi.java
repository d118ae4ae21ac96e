package io.ardesk.denials.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ardesk.denials.DenialAnalytics;
import io.ardesk.denials.DenialDimension;
import io.ardesk.denials.DenialFigure;
import io.ardesk.denials.DenialFilter;
import io.ardesk.denials.DeniedClaim;
import io.ardesk.denials.FirstTouch;
import io.ardesk.denials.RecoveryHistory;
import io.ardesk.denials.RecoveryRate;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.export.TableFile;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.shared.validation.PlausibleDate;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's denials over REST. Without {@code to} the period ends today in the client's
 * time zone; without {@code from} it starts {@value #DEFAULT_DAYS} days earlier.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/denials")
class DenialsApi {

	static final int DEFAULT_DAYS = 90;

	/** The most denied claims one file holds (the analytics answer at most this many). */
	static final int MAX_FILE_ROWS = 1000;

	static final Set<DenialDimension> DEFAULT_GROUPING = EnumSet.of(DenialDimension.CATEGORY, DenialDimension.PAYER,
			DenialDimension.REASON);

	private final DenialAnalytics analytics;

	private final RecoveryHistory recovery;

	DenialsApi(DenialAnalytics analytics, RecoveryHistory recovery) {
		this.analytics = analytics;
		this.recovery = recovery;
	}

	/**
	 * {@code [{"category","payer","reason","count","amount"}]}: {@code reason} is group +
	 * CARC, {@code count} denied claims, {@code amount} denied dollars. {@code groupBy}
	 * lists dimensions, comma separated (default {@code category,payer,reason}); those
	 * not grouped by are {@code null}, and any other dimension grouped by is added under
	 * its own name ({@code rarc}, {@code procedure}, {@code provider}, {@code location},
	 * {@code week}, {@code month}).
	 */
	@GetMapping("/summary")
	List<Map<String, @Nullable Object>> summary(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String groupBy) {
		ClientId client = ApiClientIds.parse(clientId);
		Period period = period(client, from, to);
		Set<DenialDimension> dimensions = grouping(groupBy);
		return this.analytics.summary(client, period.from(), period.to(), dimensions)
			.stream()
			.map((figure) -> row(figure, dimensions))
			.toList();
	}

	@GetMapping({ "/summary.csv", "/summary.xlsx" })
	ResponseEntity<byte[]> summaryFile(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String groupBy, jakarta.servlet.http.HttpServletRequest request) {
		ClientId client = ApiClientIds.parse(clientId);
		Period period = period(client, from, to);
		Set<DenialDimension> dimensions = grouping(groupBy);
		TableFile table = DenialTables.summary(this.analytics.summary(client, period.from(), period.to(), dimensions),
				dimensions);
		return file(table, request.getRequestURI().endsWith(".xlsx") ? TableFile.Format.XLSX : TableFile.Format.CSV,
				"denials-" + clientId + "-" + period.from() + "-" + period.to());
	}

	/**
	 * The claims behind a figure: each dimension given as a parameter (e.g.
	 * {@code category=AUTHORIZATION&payer=ACME HEALTH}) narrows the list.
	 */
	@GetMapping("/claims")
	List<DeniedClaim> claims(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
			@RequestParam Map<String, String> parameters, @RequestParam(defaultValue = "200") int limit) {
		ClientId client = ApiClientIds.parse(clientId);
		Period period = period(client, from, to);
		if (limit < 1 || limit > 1000) {
			throw new InvalidInputException("limit", "limit must be between 1 and 1000");
		}
		Map<DenialDimension, String> equal = new EnumMap<>(DenialDimension.class);
		parameters.forEach((name, value) -> DenialDimension.of(name).ifPresent((d) -> equal.put(d, value)));
		return this.analytics.claims(client, period.from(), period.to(), new DenialFilter(equal), limit);
	}

	/**
	 * The denied claims of the period as a file ({@code /denials.csv|xlsx} or
	 * {@code /denials/claims.csv|xlsx}), narrowed like {@code /claims}, up to
	 * {@value #MAX_FILE_ROWS} claims.
	 */
	@GetMapping({ "/claims.csv", "/claims.xlsx" })
	ResponseEntity<byte[]> claimsFile(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
			@RequestParam Map<String, String> parameters, jakarta.servlet.http.HttpServletRequest request) {
		ClientId client = ApiClientIds.parse(clientId);
		Period period = period(client, from, to);
		Map<DenialDimension, String> equal = new EnumMap<>(DenialDimension.class);
		parameters.forEach((name, value) -> DenialDimension.of(name).ifPresent((d) -> equal.put(d, value)));
		TableFile table = DenialTables
			.claims(this.analytics.claims(client, period.from(), period.to(), new DenialFilter(equal), MAX_FILE_ROWS));
		return file(table, TableFile.Format.ofPath(request.getRequestURI()),
				"denied-claims-" + clientId + "-" + period.from() + "-" + period.to());
	}

	@GetMapping("/first-touch")
	FirstTouch firstTouch(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to) {
		ClientId client = ApiClientIds.parse(clientId);
		Period period = period(client, from, to);
		return this.analytics.firstTouch(client, period.from(), period.to());
	}

	/**
	 * Per category: learned rate, denials judged, and whether it replaces the typical
	 * rate.
	 */
	@GetMapping("/recovery-rates")
	List<RecoveryRate> recoveryRates(@PathVariable String clientId) {
		return this.recovery.rates(ApiClientIds.parse(clientId));
	}

	record Period(LocalDate from, LocalDate to) {
	}

	Period period(ClientId client, @Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate end = (to != null) ? to : this.analytics.today(client);
		return new Period((from != null) ? from : end.minusDays(DEFAULT_DAYS), end);
	}

	static Set<DenialDimension> grouping(@Nullable String groupBy) {
		if (groupBy == null || groupBy.isBlank()) {
			return DEFAULT_GROUPING;
		}
		Set<DenialDimension> dimensions = EnumSet.noneOf(DenialDimension.class);
		for (String name : groupBy.split(",")) {
			dimensions.add(DenialDimension.of(name)
				.orElseThrow(() -> new InvalidInputException("groupBy",
						"Unknown groupBy '" + name.strip() + "': use any of " + String.join(", ",
								List.of(DenialDimension.values()).stream().map(DenialDimension::key).toList()))));
		}
		return dimensions;
	}

	static Map<String, @Nullable Object> row(DenialFigure figure, Set<DenialDimension> dimensions) {
		Map<String, @Nullable Object> row = new LinkedHashMap<>();
		row.put("category", figure.key(DenialDimension.CATEGORY));
		row.put("payer", figure.key(DenialDimension.PAYER));
		row.put("reason", figure.key(DenialDimension.REASON));
		row.put("count", figure.claims());
		row.put("amount", figure.amount());
		for (DenialDimension dimension : dimensions) {
			if (!DEFAULT_GROUPING.contains(dimension)) {
				row.put(dimension.key(), figure.key(dimension));
			}
		}
		return row;
	}

	static ResponseEntity<byte[]> file(TableFile table, TableFile.Format format, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format.extension()).build().toString())
			.contentType(MediaType.parseMediaType(format.contentType()))
			.body(table.write(format));
	}

}

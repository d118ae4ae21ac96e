package io.ardesk.denials.api;

import java.time.LocalDate;
import java.util.Map;

import io.ardesk.shared.validation.PlausibleDate;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/clients/{clientId}/denials.csv|xlsx}: the denial list, the same file
 * as {@code /denials/claims.csv|xlsx}.
 */
@RestController
class DenialListFiles {

	private final DenialsApi denials;

	DenialListFiles(DenialsApi denials) {
		this.denials = denials;
	}

	@GetMapping({ "/api/v1/clients/{clientId}/denials.csv", "/api/v1/clients/{clientId}/denials.xlsx" })
	ResponseEntity<byte[]> denials(@PathVariable String clientId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
			@RequestParam Map<String, String> parameters, HttpServletRequest request) {
		return this.denials.claimsFile(clientId, from, to, parameters, request);
	}

}

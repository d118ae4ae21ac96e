package io.ardesk.claims.api;

import java.util.List;
import java.util.Locale;

import io.ardesk.claims.ClaimExport;
import io.ardesk.claims.ClaimFilter;
import io.ardesk.claims.ClaimStatus;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.export.TableFile;
import io.ardesk.shared.export.TableResponse;
import io.ardesk.shared.problem.InvalidInputException;
import io.ardesk.tenancy.ClientId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/clients/{clientId}/claims.csv|xlsx}: the claims list with the
 * filters of {@code /claims} ({@code status}, {@code payer}, {@code owedBy}) and those of
 * the Claims view ({@code search}, a claim number or its beginning, and {@code open}),
 * every matching claim, streamed.
 */
@RestController
class ClaimExportsApi {

	private final ClaimExport export;

	ClaimExportsApi(ClaimExport export) {
		this.export = export;
	}

	@GetMapping({ "/api/v1/clients/{clientId}/claims.csv", "/api/v1/clients/{clientId}/claims.xlsx" })
	void claims(@PathVariable String clientId, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Long payer,
			@RequestParam(required = false) @Nullable String owedBy,
			@RequestParam(required = false) @Size(max = 80) @Nullable String search,
			@RequestParam(defaultValue = "false") boolean open, HttpServletRequest request,
			HttpServletResponse response) {
		ClientId client = ApiClientIds.parse(clientId);
		ClaimFilter filter = new ClaimFilter(parse(ClaimStatus.class, "status", status), payer,
				parse(ResponsibleParty.class, "owedBy", owedBy),
				(search == null || search.isBlank()) ? null : search.strip(), open);
		// Checked before the first byte, so a refusal answers as a problem.
		List<String> header = this.export.header(client);
		TableResponse.send(response, TableFile.Format.ofPath(request.getRequestURI()), "claims-" + clientId, "Claims",
				header, (writer) -> this.export.write(client, filter, writer));
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(name, name + " must be one of "
					+ String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
					+ ".");
		}
	}

}

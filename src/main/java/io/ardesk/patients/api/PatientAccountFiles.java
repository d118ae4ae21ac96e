package io.ardesk.patients.api;

import java.util.List;

import io.ardesk.patients.PatientAccount;
import io.ardesk.patients.PatientAccountFilter;
import io.ardesk.patients.PatientAccountTable;
import io.ardesk.patients.PatientReceivables;
import io.ardesk.patients.ReminderLevel;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.export.TableFile;
import io.ardesk.shared.export.TableResponse;
import io.ardesk.tenancy.ClientId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/clients/{clientId}/patient-accounts.csv|xlsx}: the patients owing a
 * balance, with the list's filters ({@code letterDue}, {@code inCollections},
 * {@code addressMissing}, {@code limit}, here 1,000 unless given), oldest first. The
 * practice's viewer may read it as it reads the list.
 */
@RestController
class PatientAccountFiles {

	private final PatientReceivables receivables;

	PatientAccountFiles(PatientReceivables receivables) {
		this.receivables = receivables;
	}

	@GetMapping({ "/api/v1/clients/{clientId}/patient-accounts.csv",
			"/api/v1/clients/{clientId}/patient-accounts.xlsx" })
	void accounts(@PathVariable String clientId, @RequestParam(required = false) @Nullable ReminderLevel letterDue,
			@RequestParam(required = false) @Nullable Boolean inCollections,
			@RequestParam(required = false) @Nullable Boolean addressMissing,
			@RequestParam(defaultValue = ""
					+ PatientAccountFilter.MAX_LIMIT) @Min(1) @Max(PatientAccountFilter.MAX_LIMIT) int limit,
			HttpServletRequest request, HttpServletResponse response) {
		ClientId client = ApiClientIds.parse(clientId);
		List<PatientAccount> accounts = this.receivables.accounts(client,
				new PatientAccountFilter(letterDue, inCollections, addressMissing, limit));
		TableResponse.send(response, TableFile.Format.ofPath(request.getRequestURI()),
				"patient-balances-" + client.value(), "Patient balances", PatientAccountTable.HEADER,
				(writer) -> PatientAccountTable.write(accounts, writer));
	}

}

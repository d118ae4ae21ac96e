package io.ardesk.claims.api;

import java.time.ZoneId;
import java.util.List;

import io.ardesk.claims.ClaimLedger;
import io.ardesk.claims.CreditBalance;
import io.ardesk.claims.CreditBalanceTable;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.export.TableFile;
import io.ardesk.shared.export.TableResponse;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/clients/{clientId}/credit-balances.csv|xlsx}: the claims owing money
 * back, as the list. Firm-internal: a practice's viewer is refused (403).
 */
@RestController
class CreditBalanceFiles {

	private final ClaimLedger ledger;

	private final ClientDirectory directory;

	CreditBalanceFiles(ClaimLedger ledger, ClientDirectory directory) {
		this.ledger = ledger;
		this.directory = directory;
	}

	@GetMapping({ "/api/v1/clients/{clientId}/credit-balances.csv", "/api/v1/clients/{clientId}/credit-balances.xlsx" })
	void credits(@PathVariable String clientId, HttpServletRequest request, HttpServletResponse response) {
		ClientId client = ApiClientIds.parse(clientId);
		List<CreditBalance> credits = this.ledger.creditBalances(client);
		ZoneId zone = this.directory.find(client).map(ClientProfile::timeZone).orElse(ZoneId.systemDefault());
		TableResponse.send(response, TableFile.Format.ofPath(request.getRequestURI()),
				"credit-balances-" + client.value(), "Credit balances", CreditBalanceTable.HEADER,
				(writer) -> CreditBalanceTable.write(credits, zone, writer));
	}

}

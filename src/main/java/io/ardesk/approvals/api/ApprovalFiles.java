package io.ardesk.approvals.api;

import java.time.ZoneId;
import java.util.List;

import io.ardesk.approvals.ApprovalTable;
import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveRequest;
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
 * {@code GET /api/v1/clients/{clientId}/approvals.csv|xlsx}: the money moves waiting for
 * a decision, as the list; deciders only (403 otherwise), never a practice's viewer.
 */
@RestController
class ApprovalFiles {

	private final MoneyMoveApprovals approvals;

	private final ClientDirectory directory;

	ApprovalFiles(MoneyMoveApprovals approvals, ClientDirectory directory) {
		this.approvals = approvals;
		this.directory = directory;
	}

	@GetMapping({ "/api/v1/clients/{clientId}/approvals.csv", "/api/v1/clients/{clientId}/approvals.xlsx" })
	void pending(@PathVariable String clientId, HttpServletRequest request, HttpServletResponse response) {
		ClientId client = ApiClientIds.parse(clientId);
		List<MoneyMoveRequest> pending = this.approvals.pending(client);
		ZoneId zone = this.directory.find(client).map(ClientProfile::timeZone).orElse(ZoneId.systemDefault());
		TableResponse.send(response, TableFile.Format.ofPath(request.getRequestURI()), "approvals-" + client.value(),
				"Approvals", ApprovalTable.HEADER, (writer) -> ApprovalTable.write(pending, zone, writer));
	}

}

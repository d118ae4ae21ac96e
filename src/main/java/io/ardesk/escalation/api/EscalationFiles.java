package io.ardesk.escalation.api;

import java.time.ZoneId;
import java.util.List;

import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationTable;
import io.ardesk.escalation.Escalations;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.security.ClientAccess;
import io.ardesk.shared.export.TableFile;
import io.ardesk.shared.export.TableResponse;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/clients/{clientId}/escalations.csv|xlsx}: the escalations list with
 * its {@code openOnly} filter; times in the firm's time zone. A practice's viewer gets
 * its escalations as it sees them, without the firm's internal note column.
 */
@RestController
class EscalationFiles {

	private final Escalations escalations;

	private final ClientAccess access;

	private final ClientDirectory directory;

	EscalationFiles(Escalations escalations, ClientAccess access, ClientDirectory directory) {
		this.escalations = escalations;
		this.access = access;
		this.directory = directory;
	}

	@GetMapping({ "/api/v1/clients/{clientId}/escalations.csv", "/api/v1/clients/{clientId}/escalations.xlsx" })
	void escalations(@PathVariable String clientId, @RequestParam(defaultValue = "false") boolean openOnly,
			HttpServletRequest request, HttpServletResponse response) {
		ClientId client = ApiClientIds.parse(clientId);
		List<Escalation> list = this.escalations.list(client, openOnly);
		boolean staff = this.access.currentUser().map((user) -> user.role().isStaff()).orElse(false);
		ZoneId zone = this.directory.firm().timeZone();
		TableResponse.send(response, TableFile.Format.ofPath(request.getRequestURI()), "escalations-" + clientId,
				"Escalations", EscalationTable.header(staff),
				(writer) -> EscalationTable.write(list, staff, zone, writer));
	}

}

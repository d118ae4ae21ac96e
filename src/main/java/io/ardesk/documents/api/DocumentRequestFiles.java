package io.ardesk.documents.api;

import java.util.List;

import io.ardesk.documents.DocumentInbox;
import io.ardesk.documents.DocumentRequestTable;
import io.ardesk.documents.InboxRequest;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.shared.export.TableFile;
import io.ardesk.shared.export.TableResponse;
import io.ardesk.tenancy.ClientId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/clients/{clientId}/document-requests.csv|xlsx}: the document
 * requests with the {@code openOnly} filter of the list (default open only). The inbox
 * leaves out who asked for a practice's viewer; so does the file.
 */
@RestController
class DocumentRequestFiles {

	private final DocumentInbox inbox;

	DocumentRequestFiles(DocumentInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping({ "/api/v1/clients/{clientId}/document-requests.csv",
			"/api/v1/clients/{clientId}/document-requests.xlsx" })
	void requests(@PathVariable String clientId, @RequestParam(defaultValue = "true") boolean openOnly,
			HttpServletRequest request, HttpServletResponse response) {
		ClientId client = ApiClientIds.parse(clientId);
		List<InboxRequest> requests = this.inbox.requests(client, openOnly);
		TableResponse.send(response, TableFile.Format.ofPath(request.getRequestURI()), "document-requests-" + clientId,
				"Document requests", DocumentRequestTable.HEADER,
				(writer) -> DocumentRequestTable.write(requests, writer));
	}

}

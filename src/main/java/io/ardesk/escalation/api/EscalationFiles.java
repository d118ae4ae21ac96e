package io.ardesk.escalation.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.Escalations;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.security.ClientAccess;
import io.ardesk.shared.export.TableFile;
import io.ardesk.shared.export.TableResponse;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

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

	static final List<String> HEADER = List.of("Claim", "Status", "Reason", "Comment", "Raised by", "Raised at",
			"Acknowledge by", "Resolve by", "Acknowledged at", "Acknowledged by", "Resolved at", "Resolved by",
			"Resolution");

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
		List<String> header = new ArrayList<>(HEADER);
		if (staff) {
			header.add("Internal note");
		}
		ZoneId zone = this.directory.firm().timeZone();
		TableResponse.send(response, TableFile.Format.ofPath(request.getRequestURI()), "escalations-" + clientId,
				"Escalations", header, (writer) -> {
					for (Escalation e : list) {
						List<@Nullable Object> cells = new ArrayList<>();
						cells.add(e.claimNumber());
						cells.add(e.status().label());
						cells.add(e.reason().label());
						cells.add(e.comment());
						cells.add(e.raisedBy());
						cells.add(time(e.raisedAt(), zone));
						cells.add(time(e.acknowledgeBy(), zone));
						cells.add(time(e.resolveBy(), zone));
						cells.add(time(e.acknowledgedAt(), zone));
						cells.add(e.acknowledgedBy());
						cells.add(time(e.resolvedAt(), zone));
						cells.add(e.resolvedBy());
						cells.add(e.resolution());
						if (staff) {
							cells.add(e.internalNote());
						}
						writer.row(cells);
					}
				});
	}

	private static @Nullable String time(@Nullable Instant moment, ZoneId zone) {
		return (moment != null) ? Formats.dateTime(moment, zone) : null;
	}

}

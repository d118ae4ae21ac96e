package io.ardesk.escalation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.shared.export.TableWriter;
import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * Escalations as a table, the same in the REST file and the view's; times in the firm's
 * time zone. The firm's internal note is a column for staff only.
 */
public interface EscalationTable {

	static List<String> header(boolean staff) {
		List<String> header = new ArrayList<>(List.of("Claim", "Status", "Reason", "Comment", "Raised by", "Raised at",
				"Acknowledge by", "Resolve by", "Acknowledged at", "Acknowledged by", "Resolved at", "Resolved by",
				"Resolution"));
		if (staff) {
			header.add("Internal note");
		}
		return header;
	}

	static void write(List<Escalation> escalations, boolean staff, ZoneId zone, TableWriter writer) {
		for (Escalation e : escalations) {
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
	}

	private static @Nullable String time(@Nullable Instant moment, ZoneId zone) {
		return (moment != null) ? Formats.dateTime(moment, zone) : null;
	}

}

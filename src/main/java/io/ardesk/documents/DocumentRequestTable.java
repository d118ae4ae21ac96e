package io.ardesk.documents;

import java.util.ArrayList;
import java.util.List;

import io.ardesk.shared.export.TableWriter;
import org.jspecify.annotations.Nullable;

/**
 * The document requests as a table, the same in the REST file and the view's. The inbox
 * leaves out who asked for a practice's viewer; so does the table.
 */
public interface DocumentRequestTable {

	List<String> HEADER = List.of("Claim", "What is needed", "Due", "Age (days)", "Overdue", "Status", "Requested by",
			"Answer", "Files");

	static void write(List<InboxRequest> requests, TableWriter writer) {
		for (InboxRequest r : requests) {
			List<@Nullable Object> cells = new ArrayList<>();
			cells.add(r.claimNumber());
			cells.add(r.whatIsNeeded());
			cells.add(r.dueDate());
			cells.add(r.ageDays());
			cells.add(r.overdue() ? "Yes" : "No");
			cells.add(r.status());
			cells.add(r.requestedBy());
			cells.add(r.answer());
			cells.add(r.files().size());
			writer.row(cells);
		}
	}

}

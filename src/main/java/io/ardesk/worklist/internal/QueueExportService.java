package io.ardesk.worklist.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.ardesk.security.ChangesClient;
import io.ardesk.shared.export.TableFile;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.QueueExport;
import io.ardesk.worklist.QueueFilter;
import io.ardesk.worklist.QueuePage;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Writes queue exports. The rows come through {@link WorkQueue}, so the same access
 * checks and filters apply as on screen.
 */
@Service
class QueueExportService implements QueueExport {

	private static final List<String> HEADER = List.of("Client", "Claim", "Status", "Work status", "Payer", "Balance",
			"Age (days)", "Deadline", "Deadline date", "Next action", "Owner", "Score", "Why");

	private final WorkQueue queue;

	QueueExportService(WorkQueue queue) {
		this.queue = queue;
	}

	@Override
	public byte[] myWork(QueueFilter filter, Format format) {
		return write(this.queue.myWork(filter.fromStart(), 0, MAX_ROWS).items(), format);
	}

	@Override
	@ChangesClient
	public byte[] clientQueue(ClientId client, QueueFilter filter, Format format) {
		List<WorkItem> rows = new ArrayList<>();
		QueueFilter page = filter.fromStart();
		while (rows.size() < MAX_ROWS) {
			QueuePage next = this.queue.page(client, page, 0, WorkQueue.MAX_PAGE);
			rows.addAll(next.items());
			if (next.items().size() < WorkQueue.MAX_PAGE) {
				break;
			}
			page = page.after(next.items().getLast());
		}
		return write(rows.subList(0, Math.min(rows.size(), MAX_ROWS)), format);
	}

	private static byte[] write(List<WorkItem> items, Format format) {
		List<List<@Nullable Object>> rows = new ArrayList<>(items.size());
		items.forEach((item) -> rows.add(cells(item)));
		return new TableFile("Work queue", HEADER, rows)
			.write((format == Format.XLSX) ? TableFile.Format.XLSX : TableFile.Format.CSV);
	}

	/** A row: money and the score with two decimals, the dates as dates. */
	private static List<@Nullable Object> cells(WorkItem item) {
		return Arrays.asList(item.clientName(), item.claimNumber(), item.status().label(), item.workStatus().label(),
				item.payer(), item.balance(), item.ageDays(),
				(item.deadline() != null) ? item.deadline().kind().label() : null,
				(item.deadline() != null) ? item.deadline().date() : null, item.nextActionDate(), item.owner(),
				item.score(), String.join("; ", item.reasons()));
	}

}

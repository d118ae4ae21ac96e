package io.ardesk.worklist.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.ardesk.security.ChangesClient;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.QueueExport;
import io.ardesk.worklist.QueueFilter;
import io.ardesk.worklist.QueuePage;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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
		return switch (format) {
			case CSV -> csv(items);
			case XLSX -> xlsx(items);
		};
	}

	private static List<String> cells(WorkItem item) {
		return List.of(item.clientName(), item.claimNumber(), item.status().label(), item.workStatus().label(),
				item.payer(), item.balance().setScale(2).toPlainString(), String.valueOf(item.ageDays()),
				(item.deadline() != null) ? item.deadline().kind().label() : "",
				(item.deadline() != null) ? Formats.date(item.deadline().date()) : "",
				Formats.date(item.nextActionDate()), (item.owner() != null) ? item.owner() : "",
				item.score().toPlainString(), String.join("; ", item.reasons()));
	}

	static byte[] csv(List<WorkItem> items) {
		StringBuilder out = new StringBuilder();
		out.append(String.join(",", HEADER.stream().map(QueueExportService::quote).toList())).append("\r\n");
		for (WorkItem item : items) {
			out.append(String.join(",", cells(item).stream().map(QueueExportService::quote).toList())).append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a
	 * formula.
	 */
	private static String quote(String value) {
		String text = (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?"))
				? "'" + value : value;
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	static byte[] xlsx(List<WorkItem> items) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			Sheet sheet = workbook.createSheet("Work queue");
			Row top = sheet.createRow(0);
			for (int i = 0; i < HEADER.size(); i++) {
				top.createCell(i).setCellValue(HEADER.get(i));
				top.getCell(i).setCellStyle(header);
			}
			int index = 1;
			for (WorkItem item : items) {
				Row row = sheet.createRow(index++);
				List<String> cells = cells(item);
				for (int i = 0; i < cells.size(); i++) {
					if (i == 5) {
						row.createCell(i).setCellValue(item.balance().doubleValue());
						row.getCell(i).setCellStyle(money);
					}
					else if (i == 6) {
						row.createCell(i).setCellValue(item.ageDays());
					}
					else if (i == 11) {
						row.createCell(i).setCellValue(item.score().doubleValue());
					}
					else {
						row.createCell(i).setCellValue(cells.get(i));
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

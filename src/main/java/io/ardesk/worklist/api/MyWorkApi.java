package io.ardesk.worklist.api;

import java.util.List;

import io.ardesk.worklist.QueueExport;
import io.ardesk.worklist.QueuePage;
import io.ardesk.worklist.WorkQueue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's due claims across their clients, best first, paged by offset, with
 * {@code X-Total-Count} and {@code X-Total-Balance} for the whole filter; and as CSV or
 * XLSX.
 */
@RestController
@RequestMapping("/api/v1/me")
class MyWorkApi {

	private final WorkQueue queue;

	private final QueueExport export;

	MyWorkApi(WorkQueue queue, QueueExport export) {
		this.queue = queue;
		this.export = export;
	}

	@GetMapping("/work")
	ResponseEntity<List<WorklistApi.WorklistItem>> myWork(
			@RequestParam(defaultValue = "0") @Min(0) @Max(QueueExport.MAX_ROWS) int offset,
			@RequestParam(defaultValue = "50") @Min(1) @Max(WorklistApi.MAX_LIMIT) int limit, QueueParams params) {
		QueuePage page = this.queue.myWork(params.filter(null), offset, limit);
		return WorklistApi.withTotals(ResponseEntity.ok(), page)
			.body(page.items().stream().map(WorklistApi.WorklistItem::of).toList());
	}

	@GetMapping("/work.csv")
	ResponseEntity<byte[]> myWorkCsv(QueueParams params) {
		return WorklistApi.file("my-work", QueueExport.Format.CSV,
				this.export.myWork(params.filter(null), QueueExport.Format.CSV));
	}

	@GetMapping("/work.xlsx")
	ResponseEntity<byte[]> myWorkXlsx(QueueParams params) {
		return WorklistApi.file("my-work", QueueExport.Format.XLSX,
				this.export.myWork(params.filter(null), QueueExport.Format.XLSX));
	}

}

package io.ardesk.contracts.api;

import java.io.IOException;
import java.util.List;

import io.ardesk.contracts.FeeSchedule;
import io.ardesk.contracts.FeeScheduleChange;
import io.ardesk.contracts.FeeScheduleEntry;
import io.ardesk.contracts.FeeScheduleImport;
import io.ardesk.contracts.FeeSchedules;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.shared.ArdeskSettings;
import io.ardesk.shared.upload.MultipartUpload;
import io.ardesk.shared.upload.UploadLimit;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's fee schedules: the rows, a CSV import (multipart field {@code file}, read as
 * it arrives and refused at {@code ardesk.uploads.max-fee-schedule-size}), single-row
 * edits and the audit trail. Firm staff read; account managers and firm administrators
 * change.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/fee-schedules")
class FeeSchedulesApi {

	private final FeeSchedules schedules;

	private final UploadLimit limit;

	FeeSchedulesApi(FeeSchedules schedules, ArdeskSettings settings) {
		this.schedules = schedules;
		this.limit = new UploadLimit(settings.uploads().maxFeeScheduleSize(), "fee schedule");
	}

	/** A row as the grid sends it back, with the version it was read at. */
	record Edit(FeeScheduleEntry entry, long version) {
	}

	@GetMapping
	List<FeeSchedule> list(@PathVariable String clientId) {
		return this.schedules.list(ApiClientIds.parse(clientId));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	FeeScheduleImport upload(@PathVariable String clientId, HttpServletRequest request) throws IOException {
		var client = ApiClientIds.parse(clientId);
		if (!this.schedules.mayChange(client)) {
			// refused before the file is read
			throw new ClientAccessDeniedException("Only account managers and firm administrators import fee schedules");
		}
		MultipartUpload.UploadedFile file = MultipartUpload.read(request, this.limit);
		return this.schedules.importCsv(client, file.content());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	FeeSchedule add(@PathVariable String clientId, @RequestBody FeeScheduleEntry entry) {
		return this.schedules.add(ApiClientIds.parse(clientId), entry);
	}

	@PutMapping("/{id}")
	FeeSchedule update(@PathVariable String clientId, @PathVariable long id, @RequestBody Edit edit) {
		return this.schedules.update(ApiClientIds.parse(clientId), id, edit.entry(), edit.version());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String clientId, @PathVariable long id) {
		this.schedules.delete(ApiClientIds.parse(clientId), id);
	}

	/** The audit trail, newest first. */
	@GetMapping("/changes")
	List<FeeScheduleChange> changes(@PathVariable String clientId, @RequestParam(defaultValue = "200") int limit) {
		return this.schedules.changes(ApiClientIds.parse(clientId), limit);
	}

}

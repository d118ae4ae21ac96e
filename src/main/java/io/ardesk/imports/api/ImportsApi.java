package io.ardesk.imports.api;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import io.ardesk.edi.FileFormat;
import io.ardesk.edi.FileIssue;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportResult;
import io.ardesk.imports.ImportStatus;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.security.ClientAccess;
import io.ardesk.shared.ArdeskSettings;
import io.ardesk.shared.upload.MultipartUpload;
import io.ardesk.shared.upload.UploadLimit;
import io.ardesk.tenancy.ClientId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports claim and remittance files over HTTP, and lists a client's imports. A rejected
 * file answers 422 with the same fields as a problem detail, so a client can show the
 * errors either way. The file is read as it arrives and refused (413) at the import size
 * limit, before anything is recorded.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/imports")
class ImportsApi {

	private static final int HISTORY_LIMIT = 200;

	private final FileImports imports;

	private final ClientAccess access;

	private final UploadLimit limit;

	ImportsApi(FileImports imports, ClientAccess access, ArdeskSettings settings) {
		this.imports = imports;
		this.access = access;
		this.limit = new UploadLimit(settings.uploads().maxImportSize(), "file");
	}

	record Import(long id, ImportStatus status, @Nullable FileFormat type, String fileName, Instant importedAt,
			String importedBy, int claimsCreated, int claimsUpdated, int paymentsPosted, int denials, int reversals,
			int unmatched, List<String> warnings, List<Issue> errors) {

		static Import of(ImportResult result) {
			return new Import(result.id(), result.status(), result.type(), result.fileName(), result.importedAt(),
					result.importedBy(), result.claimsCreated(), result.claimsUpdated(), result.paymentsPosted(),
					result.denials(), result.reversals(), result.unmatched(), result.warnings(),
					result.errors().stream().map(Issue::of).toList());
		}

	}

	record Issue(String message, @Nullable String segment, @Nullable Integer position) {

		static Issue of(FileIssue issue) {
			return new Issue(issue.message(), issue.segment(), issue.position());
		}

	}

	/**
	 * The multipart field {@code file}, as a browser form or {@code curl -F} sends it.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importFile(@PathVariable String clientId, HttpServletRequest request) throws IOException {
		ClientId client = ApiClientIds.parse(clientId);
		// Who may not import learns it before sending 50 MB for nothing.
		this.access.requireWrite(client);
		MultipartUpload.UploadedFile file = MultipartUpload.read(request, this.limit);
		String fileName = (file.fileName() != null && !file.fileName().isBlank()) ? file.fileName() : "upload";
		ImportResult result = this.imports.importFile(client, fileName, file.content(), ImportProgress.none());
		Import body = Import.of(result);
		if (result.status() != ImportStatus.REJECTED) {
			return ResponseEntity.ok(body);
		}
		return ResponseEntity.unprocessableContent()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(rejected(body));
	}

	@GetMapping
	List<Import> history(@PathVariable String clientId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(HISTORY_LIMIT) int limit) {
		return this.imports.history(ApiClientIds.parse(clientId), limit).stream().map(Import::of).toList();
	}

	private static ProblemDetail rejected(Import body) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The file could not be read; nothing was posted. See errors for the segment and position of each problem.");
		problem.setTitle("File rejected");
		problem.setProperty("id", body.id());
		// "status" and "type" are a problem detail's own members (422 and the problem
		// type), so the import's status and file type go by other names here.
		problem.setProperty("importStatus", body.status());
		problem.setProperty("fileType", body.type());
		problem.setProperty("fileName", body.fileName());
		problem.setProperty("importedAt", body.importedAt());
		problem.setProperty("importedBy", body.importedBy());
		problem.setProperty("claimsCreated", body.claimsCreated());
		problem.setProperty("claimsUpdated", body.claimsUpdated());
		problem.setProperty("paymentsPosted", body.paymentsPosted());
		problem.setProperty("denials", body.denials());
		problem.setProperty("reversals", body.reversals());
		problem.setProperty("unmatched", body.unmatched());
		problem.setProperty("warnings", body.warnings());
		problem.setProperty("errors", body.errors());
		return problem;
	}

}

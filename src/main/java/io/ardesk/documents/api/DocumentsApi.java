package io.ardesk.documents.api;

import java.io.IOException;
import java.util.List;

import io.ardesk.documents.DocumentInbox;
import io.ardesk.documents.FileAccess;
import io.ardesk.documents.FileDownload;
import io.ardesk.documents.InboxRequest;
import io.ardesk.documents.StoredFile;
import io.ardesk.portal.ApiClientIds;
import io.ardesk.security.ClientAccess;
import io.ardesk.shared.ArdeskSettings;
import io.ardesk.shared.upload.MultipartUpload;
import io.ardesk.shared.upload.UploadLimit;
import io.ardesk.tenancy.ClientId;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The document inbox. A practice's viewer lists its own requests, answers them with files
 * (multipart field {@code file}, at most {@code ardesk.uploads.max-document-size},
 * counted while reading: 413) and downloads what it uploaded; the client's staff download
 * every file and read the audit. Files are always attachments with the stored type and
 * {@code nosniff}. Another practice's request or file 404; a type other than PDF, PNG,
 * JPEG or TIFF 422 naming the file.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/document-requests")
class DocumentsApi {

	private final DocumentInbox inbox;

	private final ClientAccess access;

	private final UploadLimit limit;

	DocumentsApi(DocumentInbox inbox, ClientAccess access, ArdeskSettings settings) {
		this.inbox = inbox;
		this.access = access;
		this.limit = new UploadLimit(settings.uploads().maxDocumentSize(), "document");
	}

	record UploadedFile(long id, String fileName, long size, String contentType) {

		static UploadedFile of(StoredFile file) {
			return new UploadedFile(file.id(), file.fileName(), file.size(), file.contentType());
		}

	}

	@GetMapping
	List<InboxRequest> requests(@PathVariable String clientId, @RequestParam(defaultValue = "true") boolean openOnly) {
		return this.inbox.requests(ApiClientIds.parse(clientId), openOnly);
	}

	@PostMapping("/{requestId}/files")
	ResponseEntity<UploadedFile> upload(@PathVariable String clientId, @PathVariable long requestId,
			HttpServletRequest request) throws IOException {
		ClientId client = ApiClientIds.parse(clientId);
		// Who may not see the client learns it before sending 20 MB for nothing.
		this.access.requireRead(client);
		MultipartUpload.UploadedFile file = MultipartUpload.read(request, this.limit);
		StoredFile stored = this.inbox.upload(client, requestId, (file.fileName() != null) ? file.fileName() : "",
				file.content());
		return ResponseEntity.status(HttpStatus.CREATED).body(UploadedFile.of(stored));
	}

	@GetMapping("/{requestId}/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable String clientId, @PathVariable long requestId,
			@PathVariable long fileId) {
		FileDownload download = this.inbox.download(ApiClientIds.parse(clientId), requestId, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.file().fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(download.content());
	}

	@GetMapping("/{requestId}/audit")
	List<FileAccess> audit(@PathVariable String clientId, @PathVariable long requestId) {
		return this.inbox.audit(ApiClientIds.parse(clientId), requestId);
	}

}

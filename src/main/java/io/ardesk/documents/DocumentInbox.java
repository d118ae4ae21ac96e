package io.ardesk.documents;

import java.util.List;

import io.ardesk.tenancy.ClientId;

/**
 * A client practice's document requests with the files that answer them. The practice's
 * viewers and the client's staff read them; the practice's viewers (and staff who may
 * change the client) upload files; staff of the client, and the viewer who uploaded a
 * file, download it. Every upload and download is audited.
 */
public interface DocumentInbox {

	/**
	 * The requests, oldest due first, each with its files; a viewer gets them without the
	 * firm's internal fields (who asked) and only its own practice's.
	 */
	List<InboxRequest> requests(ClientId client, boolean openOnly);

	/**
	 * Stores a file answering a request.
	 * @throws DocumentNotFoundException if the client has no such request
	 * @throws io.ardesk.shared.problem.RuleViolationException naming {@code file} when
	 * the content is not a PDF, PNG, JPEG or TIFF, or is empty
	 * @throws io.ardesk.security.ClientAccessDeniedException for staff who may not change
	 * the client, or a read-only token
	 */
	StoredFile upload(ClientId client, long requestId, String fileName, byte[] content);

	/**
	 * A stored file with its content.
	 * @throws DocumentNotFoundException if the request has no such file, or the caller is
	 * a viewer who did not upload it
	 */
	FileDownload download(ClientId client, long requestId, long fileId);

	/**
	 * Who uploaded and downloaded which file of the client, newest first (staff only).
	 */
	List<FileAccess> audit(ClientId client, long requestId);

}

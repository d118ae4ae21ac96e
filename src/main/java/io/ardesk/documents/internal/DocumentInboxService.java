package io.ardesk.documents.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.ardesk.documents.DocumentInbox;
import io.ardesk.documents.DocumentNotFoundException;
import io.ardesk.documents.DocumentType;
import io.ardesk.documents.FileAccess;
import io.ardesk.documents.FileDownload;
import io.ardesk.documents.InboxRequest;
import io.ardesk.documents.StoredFile;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.UnknownClientException;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.DocumentRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox over the work list's document requests. The file's type is what its first
 * bytes say; the name the uploader gave is kept only as a label (path parts dropped).
 */
@Service
class DocumentInboxService implements DocumentInbox {

	private static final Logger log = LoggerFactory.getLogger(DocumentInboxService.class);

	static final int MAX_FILE_NAME = 200;

	private final ClaimActions actions;

	private final DocumentFileStore store;

	private final ClientAccess access;

	private final ClientDirectory directory;

	private final Clock clock;

	DocumentInboxService(ClaimActions actions, DocumentFileStore store, ClientAccess access, ClientDirectory directory,
			Clock clock) {
		this.actions = actions;
		this.store = store;
		this.access = access;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<InboxRequest> requests(ClientId client, boolean openOnly) {
		boolean viewer = !me().role().isStaff();
		LocalDate today = LocalDate.now(this.clock.withZone(zone(client)));
		Map<Long, List<StoredFile>> files = this.store.files()
			.stream()
			.collect(Collectors.groupingBy(StoredFile::requestId));
		return this.actions.documentRequests(client, openOnly)
			.stream()
			.map((request) -> inboxRequest(request, files.getOrDefault(request.id(), List.of()), today, client, viewer))
			.toList();
	}

	@Override
	@ReadsClient
	@Transactional
	public StoredFile upload(ClientId client, long requestId, String fileName, byte[] content) {
		CurrentUser user = me();
		// A practice's viewer answers its own practice's requests (a read-only token
		// never may); staff must be allowed to change the client.
		if (user.role().isStaff() ? !this.access.mayWrite(client) : !this.access.mayRaiseEscalation(client)) {
			throw new ClientAccessDeniedException("Read-only access to client " + client.value());
		}
		DocumentRequest request = request(client, requestId);
		String name = cleanName(fileName);
		if (content.length == 0) {
			throw new RuleViolationException("file", "The file " + name + " is empty; nothing was kept.");
		}
		DocumentType type = DocumentType.of(content)
			.orElseThrow(() -> new RuleViolationException("file",
					"The file " + name + " is not a PDF, PNG, JPEG or TIFF (checked by its content, not its name); "
							+ "nothing was kept."));
		var now = this.clock.instant();
		long id = this.store.insert(request.id(), name, type.contentType(), content, sha256(content), user.username(),
				now);
		this.store.audit(id, request.id(), name, FileAccess.Action.UPLOADED, user.username(), now);
		log.info("Document file {} uploaded to request {} ({} bytes)", id, request.id(), content.length);
		if (request.status() == DocumentRequest.Status.OPEN) {
			// The first file answers the request: the claim goes back to its owner's
			// queue at once, as a text answer does.
			this.actions.answerDocumentRequest(client, request.id(), "Uploaded " + name);
		}
		return this.store.file(request.id(), id).orElseThrow();
	}

	@Override
	@ReadsClient
	@Transactional
	public FileDownload download(ClientId client, long requestId, long fileId) {
		CurrentUser user = me();
		StoredFile file = this.store.file(requestId, fileId)
			.filter((found) -> user.role().isStaff() || found.uploadedBy().equals(user.username()))
			.orElseThrow(() -> new DocumentNotFoundException(
					"No file " + fileId + " of document request " + requestId + " for this client."));
		this.store.audit(file.id(), requestId, file.fileName(), FileAccess.Action.DOWNLOADED, user.username(),
				this.clock.instant());
		log.info("Document file {} of request {} downloaded", file.id(), requestId);
		return new FileDownload(file, this.store.content(file.id()));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public List<FileAccess> audit(ClientId client, long requestId) {
		if (!me().role().isStaff()) {
			throw new ClientAccessDeniedException("The file audit is the firm's");
		}
		request(client, requestId);
		return this.store.audit(requestId);
	}

	private InboxRequest inboxRequest(DocumentRequest request, List<StoredFile> files, LocalDate today, ClientId client,
			boolean viewer) {
		LocalDate asked = LocalDate.ofInstant(request.requestedAt(), zone(client));
		return new InboxRequest(request.id(), request.claimNumber(), request.whatIsNeeded(), request.dueDate(),
				Math.max(0, ChronoUnit.DAYS.between(asked, today)),
				request.status() == DocumentRequest.Status.OPEN && request.dueDate().isBefore(today),
				request.status().name(), viewer ? null : request.requestedBy(), request.requestedAt(), request.answer(),
				request.answeredAt(), files);
	}

	private DocumentRequest request(ClientId client, long requestId) {
		return this.actions.documentRequests(client, false)
			.stream()
			.filter((request) -> request.id() == requestId)
			.findFirst()
			.orElseThrow(() -> new DocumentNotFoundException("No document request " + requestId + " for this client."));
	}

	private CurrentUser me() {
		return this.access.currentUser()
			.orElseThrow(() -> new ClientAccessDeniedException("Sign in to read document requests"));
	}

	private ZoneId zone(ClientId client) {
		return this.directory.find(client)
			.map(ClientProfile::timeZone)
			.orElseThrow(() -> new UnknownClientException(client));
	}

	static String cleanName(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "upload";
		}
		return (name.length() > MAX_FILE_NAME) ? name.substring(name.length() - MAX_FILE_NAME) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}

package io.ardesk.documents.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.documents.DocumentRequestTable;
import io.ardesk.documents.DocumentInbox;
import io.ardesk.documents.FileAccess;
import io.ardesk.documents.FileDownload;
import io.ardesk.documents.InboxRequest;
import io.ardesk.documents.StoredFile;
import io.ardesk.portal.ActiveClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.shared.ArdeskSettings;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.problem.ErrorReference;
import io.ardesk.shared.ui.Formats;
import io.ardesk.shared.upload.UploadLimit;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.ClaimActions;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The document inbox of the active client: the firm's requests with due dates and age;
 * the practice answers one by uploading files or by a text answer. Staff download the
 * files (always as attachments) and see who uploaded and downloaded what.
 */
@Route("documents")
@PageTitle("Documents · ARdesk")
@PermitAll
public class DocumentsView extends VerticalLayout {

	private static final Logger log = LoggerFactory.getLogger(DocumentsView.class);

	static final String EMPTY = "No document requests are waiting for you.";

	private final DocumentInbox inbox;

	private final ClaimActions actions;

	private final UploadLimit limit;

	private final ZoneId zone;

	private final boolean staff;

	private final String username;

	private final boolean mayAnswer;

	private final Grid<InboxRequest> grid = new Grid<>();

	private final Checkbox openOnly = new Checkbox("Open only", true);

	private final Span count = new Span();

	private final TableDownloads downloads = new TableDownloads();

	private final VerticalLayout detail = new VerticalLayout();

	public DocumentsView(DocumentInbox inbox, ClaimActions actions, ActiveClient activeClient, ClientAccess access,
			ClientDirectory directory, ArdeskSettings settings) {
		this.inbox = inbox;
		this.actions = actions;
		this.limit = new UploadLimit(settings.uploads().maxDocumentSize(), "document");
		this.staff = access.currentUser().map((user) -> user.role().isStaff()).orElse(false);
		this.username = access.currentUser().map((user) -> user.username()).orElse("");
		setPadding(true);
		setSizeFull();
		add(new H2("Documents"));
		ClientId client = activeClient.id().orElse(null);
		if (client == null) {
			this.zone = directory.firm().timeZone();
			this.mayAnswer = false;
			add(new Paragraph("You are not assigned to any client practice."));
			return;
		}
		this.zone = directory.find(client).map((p) -> p.timeZone()).orElse(directory.firm().timeZone());
		this.mayAnswer = this.staff ? access.mayWrite(client) : access.mayRaiseEscalation(client);
		Paragraph help = new Paragraph("What your billing firm needs from the practice to work a claim. Answer a "
				+ "request by uploading files (PDF, PNG, JPEG or TIFF, up to "
				+ UploadLimit.describe(this.limit.limit()) + " each) or by a short text answer.");
		help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
		this.count.setId("documents-count");
		this.openOnly.setId("documents-open-only");
		this.openOnly.addValueChangeListener((change) -> load(client, null));
		this.downloads.stream("document-requests-" + client.value(), "Document requests", DocumentRequestTable.HEADER,
				(writer) -> DocumentRequestTable.write(inbox.requests(client, this.openOnly.getValue()), writer));
		HorizontalLayout tools = new HorizontalLayout(this.count, this.openOnly, this.downloads);
		tools.setAlignItems(FlexComponent.Alignment.BASELINE);
		configureGrid(client);
		this.detail.setId("document-request-detail");
		this.detail.setPadding(false);
		add(help, tools, this.grid, this.detail);
		load(client, null);
	}

	private void configureGrid(ClientId client) {
		this.grid.setId("document-requests");
		this.grid.addColumn(InboxRequest::claimNumber).setHeader("Claim").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(InboxRequest::whatIsNeeded)
			.setHeader("What is needed")
			.setFlexGrow(1)
			.setTooltipGenerator(InboxRequest::whatIsNeeded);
		this.grid.addColumn((r) -> Formats.date(r.dueDate()))
			.setHeader("Due")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setPartNameGenerator((r) -> r.overdue() ? "overdue" : null);
		this.grid.addColumn((r) -> r.ageDays() + ((r.ageDays() == 1) ? " day" : " days"))
			.setHeader("Age")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((r) -> r.overdue() ? "Overdue" : "OPEN".equals(r.status()) ? "Open" : "Answered")
			.setHeader("Status")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((r) -> Formats.count(r.files().size()))
			.setHeader("Files")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		if (this.staff) {
			this.grid.addColumn((r) -> (r.requestedBy() != null) ? r.requestedBy() : "")
				.setHeader("Asked by")
				.setAutoWidth(true)
				.setFlexGrow(0);
		}
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setEmptyStateComponent(new Span(EMPTY));
		this.grid.setHeight("18em");
		this.grid.asSingleSelect().addValueChangeListener((change) -> show(client, change.getValue()));
	}

	private void load(ClientId client, @Nullable Long select) {
		List<InboxRequest> requests = this.inbox.requests(client, this.openOnly.getValue());
		this.grid.setItems(requests);
		this.count.setText(Formats.count(requests.size()) + (this.openOnly.getValue() ? " open" : " in all"));
		InboxRequest selected = (select == null) ? null
				: requests.stream().filter((r) -> r.id() == select).findFirst().orElse(null);
		if (selected != null) {
			this.grid.select(selected);
		}
		else {
			this.grid.deselectAll();
			show(client, null);
		}
	}

	private void show(ClientId client, @Nullable InboxRequest request) {
		this.detail.removeAll();
		if (request == null) {
			return;
		}
		H3 title = new H3("Claim " + request.claimNumber() + " · due " + Formats.date(request.dueDate()));
		title.setId("document-request-title");
		Paragraph needed = new Paragraph(request.whatIsNeeded());
		this.detail.add(title, needed);
		if (request.answer() != null) {
			Paragraph answer = new Paragraph(
					"Answer: " + request.answer() + " (" + Formats.dateTime(request.answeredAt(), this.zone) + ")");
			answer.setId("document-request-answer");
			this.detail.add(answer);
		}
		this.detail.add(files(client, request));
		if (this.mayAnswer) {
			this.detail.add(upload(client, request));
			if ("OPEN".equals(request.status())) {
				this.detail.add(textAnswer(client, request));
			}
		}
		if (this.staff) {
			this.detail.add(audit(client, request));
		}
	}

	private Div files(ClientId client, InboxRequest request) {
		Div files = new Div();
		files.setId("document-files");
		if (request.files().isEmpty()) {
			files.add(new Span("No files uploaded yet."));
			return files;
		}
		for (StoredFile file : request.files()) {
			Div line = new Div();
			String text = file.fileName() + " · " + size(file.size()) + " · " + file.contentType() + " · uploaded "
					+ Formats.dateTime(file.uploadedAt(), this.zone) + " by " + file.uploadedBy();
			if (this.staff || file.uploadedBy().equals(this.username)) {
				Anchor download = new Anchor();
				download.setText(file.fileName());
				download.setHref(downloadHandler(client, request.id(), file.id()), AttachmentType.DOWNLOAD);
				download.addClassName("document-download");
				line.add(download, new Span(" · " + text.substring(file.fileName().length() + 3)));
			}
			else {
				line.add(new Span(text));
			}
			files.add(line);
		}
		return files;
	}

	private DownloadHandler downloadHandler(ClientId client, long requestId, long fileId) {
		return DownloadHandler.fromInputStream((event) -> {
			FileDownload download = this.inbox.download(client, requestId, fileId);
			event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
			return new DownloadResponse(new ByteArrayInputStream(download.content()), download.file().fileName(),
					download.file().contentType(), download.content().length);
		});
	}

	private Upload upload(ClientId client, InboxRequest request) {
		Upload upload = new Upload(uploadHandler(client, request.id()));
		upload.setId("document-upload");
		upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg",
				"image/tiff", ".tif", ".tiff");
		// The browser's own check, for a quick answer; the server counts the bytes
		// itself.
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, this.limit.limit().toBytes()));
		return upload;
	}

	/** Receives one file; package-visible for a browserless test. */
	UploadHandler uploadHandler(ClientId client, long requestId) {
		return (event) -> receive(client, requestId, event);
	}

	private void receive(ClientId client, long requestId, UploadEvent event) throws IOException {
		UI ui = event.getUI();
		try {
			byte[] content;
			try (InputStream in = event.getInputStream()) {
				this.limit.checkDeclared(event.getFileSize());
				content = this.limit.read(in);
			}
			StoredFile stored = this.inbox.upload(client, requestId, event.getFileName(), content);
			ui.access(() -> {
				message("Uploaded " + stored.fileName() + " (" + size(stored.size()) + ").", false);
				// The first file answers the request: keep it in sight with its files.
				this.openOnly.setValue(false);
				load(client, requestId);
			});
		}
		catch (DomainException ex) {
			event.reject(ex.getMessage());
			ui.access(() -> message(ex.getMessage(), true));
		}
		catch (RuntimeException ex) {
			String reference = ErrorReference.log(log, "uploading a document", ex);
			ui.access(() -> message(ErrorReference.userMessage(reference), true));
		}
	}

	private VerticalLayout textAnswer(ClientId client, InboxRequest request) {
		TextArea answer = new TextArea("Or answer in words");
		answer.setId("document-text-answer");
		answer.setMaxLength(ClaimActions.MAX_ANSWER);
		answer.setWidth("32em");
		Button send = new Button("Send answer", (click) -> {
			answer.setInvalid(false);
			try {
				this.actions.answerDocumentRequest(client, request.id(), answer.getValue());
				message("Answer sent.", false);
				this.openOnly.setValue(false);
				load(client, request.id());
			}
			catch (DomainException ex) {
				answer.setErrorMessage(ex.getMessage());
				answer.setInvalid(true);
			}
		});
		send.setId("document-send-answer");
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		VerticalLayout box = new VerticalLayout(answer, send);
		box.setPadding(false);
		return box;
	}

	private VerticalLayout audit(ClientId client, InboxRequest request) {
		Grid<FileAccess> audit = new Grid<>();
		audit.setId("document-audit");
		audit.addColumn((a) -> Formats.dateTime(a.at(), this.zone)).setHeader("When").setAutoWidth(true);
		audit.addColumn((a) -> a.action().name().toLowerCase(java.util.Locale.ROOT))
			.setHeader("What")
			.setAutoWidth(true);
		audit.addColumn(FileAccess::fileName).setHeader("File").setFlexGrow(1);
		audit.addColumn(FileAccess::actor).setHeader("Who").setAutoWidth(true);
		audit.addThemeVariants(GridVariant.LUMO_COMPACT);
		audit.setEmptyStateComponent(new Span("No uploads or downloads yet."));
		audit.setItems(this.inbox.audit(client, request.id()));
		audit.setAllRowsVisible(true);
		VerticalLayout box = new VerticalLayout(new H3("File audit"), audit);
		box.setPadding(false);
		return box;
	}

	private void message(String text, boolean error) {
		Notification notification = Notification.show(text, error ? 8000 : 4000, Notification.Position.BOTTOM_START);
		notification.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
		notification.setId(error ? "document-error" : "document-message");
	}

	private static String size(long bytes) {
		if (bytes >= 1024 * 1024) {
			return String.format(java.util.Locale.US, "%.1f MB", bytes / (1024.0 * 1024));
		}
		return (bytes >= 1024) ? String.format(java.util.Locale.US, "%.0f KB", bytes / 1024.0) : bytes + " bytes";
	}

}

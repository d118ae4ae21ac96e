package io.ardesk.imports.ui;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.ardesk.imports.FileImports;
import io.ardesk.imports.ImportProgress;
import io.ardesk.imports.ImportResult;
import io.ardesk.portal.ActiveClient;
import io.ardesk.portal.ClientProfiles;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads claim files (837P, 837I, CSV) and remittances (835) into the active client's
 * ledger and lists what was imported before.
 */
@Route("imports")
@PageTitle("Imports · ARdesk")
@Menu(order = 20, title = "Imports", icon = "UPLOAD")
@PermitAll
public class ImportView extends VerticalLayout {

	private static final Logger logger = LoggerFactory.getLogger(ImportView.class);

	static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

	private static final String FILE_NAME = "event.detail.file.name";

	private final FileImports imports;

	private final ProgressBar progress = new ProgressBar();

	private final Span progressStep = new Span();

	private final Div result = new Div();

	private final ImportHistoryGrid history;

	/**
	 * The browser's "upload started" event races the upload itself; counting both sides
	 * keeps a late start event of a quick import from hiding its result again. Only
	 * touched under the session lock.
	 */
	private int uploadsStarted;

	private int importsFinished;

	public ImportView(ActiveClient activeClient, ClientProfiles profiles, FileImports imports) {
		this.imports = imports;
		setPadding(true);
		add(new H2("Imports"));
		ClientId client = activeClient.id().orElse(null);
		if (client == null) {
			this.history = new ImportHistoryGrid(ZoneId.systemDefault());
			add(new Paragraph("You are not assigned to any client practice, so there is nothing to import into. "
					+ "Ask your firm administrator to assign you."));
			return;
		}
		this.history = new ImportHistoryGrid(profiles.profile(client).timeZone());
		if (activeClient.mayChange()) {
			add(formats(), upload(client), this.progress, this.progressStep, this.result);
		}
		else {
			add(new Paragraph("You can see this client's imports but not add files: your access to "
					+ activeClient.current().map((summary) -> summary.name()).orElse("this client")
					+ " is read-only."));
		}
		add(new H3("Import history"), this.history);
		this.history.show(imports.history(client, 100));
	}

	private static Paragraph formats() {
		Paragraph note = new Paragraph("Upload X12 837P or 837I claim files, X12 835 remittances, or a CSV export of "
				+ "claims (.835, .837, .edi, .x12, .txt or .csv; up to 50 MB). The type is recognised from the content. "
				+ "Each file is posted all or nothing, and the same file twice is posted once. ");
		note.add(new Anchor("/templates/claims-import-template.csv", "Download the CSV template"));
		note.add(".");
		return note;
	}

	private Upload upload(ClientId client) {
		Upload upload = new Upload((UploadHandler) (event) -> receive(client, event));
		upload.setId("import-upload");
		upload.setAcceptedFileTypes(".835", ".837", ".837p", ".837i", ".edi", ".x12", ".txt", ".csv");
		upload.setMaxFileSize(MAX_FILE_BYTES);
		upload.setDropAllowed(true);
		upload.setWidthFull();
		// The browser's own start event: it makes a round trip while the file is still
		// uploading, which switches on the progress bar and polling.
		upload.getElement()
			.addEventListener("upload-start",
					(started) -> showProgress(started.getEventData().get(FILE_NAME).asString()))
			.addEventData(FILE_NAME);
		// Refused in the browser (type or size): nothing was sent, so nothing finished.
		upload.addFileRejectedListener((rejected) -> showProblem(rejected.getErrorMessage()));
		this.progress.setVisible(false);
		this.progressStep.setVisible(false);
		this.progressStep.getStyle().set("color", "var(--lumo-secondary-text-color, #5c6470)");
		return upload;
	}

	/**
	 * Runs in the upload request's own thread, outside the session lock, so that the
	 * progress updates can reach the browser while the file is posted. The signed-in user
	 * is bound to this thread by Spring Security, and the service binds the client's
	 * schema itself.
	 */
	private void receive(ClientId client, UploadEvent event) throws IOException {
		UI ui = event.getUI();
		if (event.getFileSize() > MAX_FILE_BYTES) {
			event.reject("The file is larger than 50 MB.");
			ui.access(() -> showFailure("The file is larger than 50 MB."));
			return;
		}
		byte[] content;
		try (InputStream in = event.getInputStream()) {
			content = in.readAllBytes();
		}
		ImportProgress progress = (fraction, step) -> ui.access(() -> {
			this.progress.setIndeterminate(false);
			this.progress.setValue(Math.clamp(fraction, 0.0, 1.0));
			this.progressStep.setText(step);
		});
		try {
			ImportResult imported = this.imports.importFile(client, event.getFileName(), content, progress);
			ui.access(() -> showResult(client, imported));
		}
		catch (RuntimeException ex) {
			// The exception may quote file content (patient data): log only its type.
			logger.warn("Import into {} failed: {}", client, ex.getClass().getName());
			ui.access(() -> showFailure("The file could not be imported: " + ex.getMessage()));
		}
	}

	private void showResult(ClientId client, ImportResult imported) {
		this.importsFinished++;
		stopProgress();
		this.result.removeAll();
		this.result.add(new ImportResultPanel(imported));
		this.history.show(this.imports.history(client, 100));
	}

	private void showFailure(String message) {
		this.importsFinished++;
		showProblem(message);
	}

	private void showProblem(String message) {
		stopProgress();
		this.result.removeAll();
		Paragraph failure = new Paragraph(message);
		failure.setId("import-failure");
		failure.getStyle().set("color", "var(--lumo-error-text-color, #c5221f)");
		this.result.add(failure);
	}

	private void showProgress(String fileName) {
		this.uploadsStarted++;
		if (this.uploadsStarted <= this.importsFinished) {
			return;
		}
		this.result.removeAll();
		this.progress.setIndeterminate(true);
		this.progress.setVisible(true);
		this.progressStep.setText("Importing " + fileName + "…");
		this.progressStep.setVisible(true);
		// No server push here: poll while the import runs so the progress bar moves.
		UI.getCurrent().setPollInterval(500);
	}

	private void stopProgress() {
		this.progress.setVisible(false);
		this.progressStep.setVisible(false);
		UI.getCurrent().setPollInterval(-1);
	}

}

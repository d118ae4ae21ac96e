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
import io.ardesk.shared.ArdeskSettings;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.problem.ErrorReference;
import io.ardesk.shared.problem.PayloadTooLargeException;
import io.ardesk.shared.upload.UploadLimit;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads claim files (837P, 837I, CSV) and remittances (835) into the active client's
 * ledger and lists what was imported before.
 */
@Route("imports")
@PageTitle("Imports · ARdesk")
@Menu(order = 20, title = "Imports", icon = "UPLOAD")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class ImportView extends VerticalLayout {

	private static final Logger logger = LoggerFactory.getLogger(ImportView.class);

	private static final String FILE_NAME = "event.detail.file.name";

	private final FileImports imports;

	private final UploadLimit limit;

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

	public ImportView(ActiveClient activeClient, ClientProfiles profiles, FileImports imports,
			ArdeskSettings settings) {
		this.imports = imports;
		this.limit = new UploadLimit(settings.uploads().maxImportSize(), "file");
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
			add(formats(this.limit), upload(client), this.progress, this.progressStep, this.result);
		}
		else {
			add(new Paragraph("You can see this client's imports but not add files: your access to "
					+ activeClient.current().map((summary) -> summary.name()).orElse("this client")
					+ " is read-only."));
		}
		add(new H3("Import history"), this.history);
		this.history.show(imports.history(client, 100));
	}

	private static Paragraph formats(UploadLimit limit) {
		Paragraph note = new Paragraph("Upload X12 837P or 837I claim files, X12 835 remittances, or a CSV export of "
				+ "claims (.835, .837, .edi, .x12, .txt or .csv; up to " + UploadLimit.describe(limit.limit())
				+ "). The type is recognised from the content. "
				+ "Each file is posted all or nothing, and the same file twice is posted once. ");
		note.add(new Anchor("/templates/claims-import-template.csv", "Download the CSV template"));
		note.add(".");
		return note;
	}

	private Upload upload(ClientId client) {
		Upload upload = new Upload(uploadHandler(client));
		upload.setId("import-upload");
		upload.setAcceptedFileTypes(".835", ".837", ".837p", ".837i", ".edi", ".x12", ".txt", ".csv");
		// The browser's own check, for a quick answer; the server counts the bytes
		// itself.
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, this.limit.limit().toBytes()));
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

	/** Receives one file for the client; package-visible for the receiver's test. */
	UploadHandler uploadHandler(ClientId client) {
		return (event) -> receive(client, event);
	}

	/**
	 * Runs in the upload request's own thread, outside the session lock, so that the
	 * progress updates can reach the browser while the file is posted. The signed-in user
	 * is bound to this thread by Spring Security, and the service binds the client's
	 * schema itself. The file is counted while it arrives and refused at the limit,
	 * whatever size the browser declared (a chunked upload declares none).
	 */
	private void receive(ClientId client, UploadEvent event) throws IOException {
		UI ui = event.getUI();
		byte[] content;
		try (InputStream in = event.getInputStream()) {
			this.limit.checkDeclared(event.getFileSize());
			content = this.limit.read(in);
		}
		catch (PayloadTooLargeException ex) {
			event.reject(ex.getMessage());
			ui.access(() -> showFailure(ex.getMessage()));
			return;
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
		catch (DomainException ex) {
			ui.access(() -> showFailure(ex.getMessage()));
		}
		catch (RuntimeException ex) {
			// The exception may quote file content (patient data): logged by type only.
			String reference = ErrorReference.log(logger, "importing into " + client, ex);
			ui.access(() -> showFailure(ErrorReference.userMessage(reference)));
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

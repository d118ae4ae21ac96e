package io.ardesk.codes.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.ardesk.codes.CodeList;
import io.ardesk.codes.ReasonCode;
import io.ardesk.codes.ReasonCodeCatalog;
import io.ardesk.codes.ReasonCodeLists;
import io.ardesk.shared.ArdeskSettings;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.problem.ErrorReference;
import io.ardesk.shared.upload.UploadLimit;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reason-code catalogue for firm administrators: browse the codes and their denial
 * categories, and load a fuller official list from a CSV file.
 */
@Route("admin/reason-codes")
@PageTitle("Reason codes · ARdesk")
@Menu(order = 91, title = "Reason codes", icon = "BOOK")
@RolesAllowed("FIRM_ADMIN")
public class ReasonCodesView extends VerticalLayout {

	private static final Logger log = LoggerFactory.getLogger(ReasonCodesView.class);

	private final ReasonCodeCatalog catalog;

	private final UploadLimit limit;

	private final ReasonCodeLists lists;

	private final Grid<ReasonCode> grid = new Grid<>(ReasonCode.class, false);

	private final Select<CodeList> kind = new Select<>();

	private final TextField filter = new TextField();

	public ReasonCodesView(ReasonCodeCatalog catalog, ReasonCodeLists lists, ArdeskSettings settings) {
		this.catalog = catalog;
		this.lists = lists;
		this.limit = new UploadLimit(settings.uploads().maxCodeListSize(), "code list");
		setSizeFull();
		this.kind.setLabel("Official list to load");
		this.kind.setItems(CodeList.values());
		this.kind.setValue(CodeList.CARC);
		Upload upload = new Upload(uploadHandler());
		upload.setAcceptedFileTypes(".csv", ".txt");
		// The browser's own check, for a quick answer; the server counts the bytes
		// itself.
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, this.limit.limit().toBytes()));
		upload.setId("reason-code-upload");
		Paragraph help = new Paragraph("CSV columns: code, description, and optionally a denial category (up to "
				+ UploadLimit.describe(this.limit.limit()) + "). Descriptions replace ours; our category is kept when "
				+ "the file gives none. The list is kept and applied again at every start.");
		help.getStyle().set("color", "var(--lumo-secondary-text-color)");
		this.filter.setPlaceholder("Filter by code or words");
		this.filter.setValueChangeMode(ValueChangeMode.LAZY);
		this.filter.addValueChangeListener((change) -> refresh());
		this.grid.addColumn(ReasonCode::code).setHeader("CARC").setWidth("6em").setFlexGrow(0);
		this.grid.addColumn((code) -> code.category().label()).setHeader("Denial category").setAutoWidth(true);
		this.grid.addColumn(ReasonCode::description).setHeader("Description").setFlexGrow(1);
		this.grid.setSizeFull();
		add(new H2("Reason codes"), help, new HorizontalLayout(this.kind, upload), this.filter, this.grid);
		refresh();
	}

	/** Receives one list; package-visible for the receiver's test. */
	UploadHandler uploadHandler() {
		return this::receive;
	}

	/**
	 * Counts the file while it arrives and refuses it at the limit, whatever size the
	 * browser declared (a chunked upload declares none).
	 */
	private void receive(UploadEvent event) throws IOException {
		UI ui = event.getUI();
		CodeList list = this.kind.getValue();
		try {
			byte[] content;
			try (InputStream in = event.getInputStream()) {
				this.limit.checkDeclared(event.getFileSize());
				content = this.limit.read(in);
			}
			int loaded = this.lists.upload(list, event.getFileName(), content);
			ui.access(() -> {
				refresh();
				Notification
					.show(loaded + " " + list + " codes loaded from " + event.getFileName(), 5000,
							Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			});
		}
		catch (DomainException ex) {
			event.reject(ex.getMessage());
			ui.access(() -> error(ex.getMessage()));
		}
		catch (RuntimeException ex) {
			String reference = ErrorReference.log(log, "loading a code list", ex);
			ui.access(() -> error(ErrorReference.userMessage(reference)));
		}
	}

	private static void error(String message) {
		Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		notification.setId("reason-code-error");
	}

	private void refresh() {
		String words = this.filter.getValue().trim().toLowerCase();
		this.grid.setItems(this.catalog.allCarcs()
			.stream()
			.filter((code) -> words.isEmpty() || code.code().toLowerCase().startsWith(words)
					|| code.description().toLowerCase().contains(words))
			.toList());
	}

}

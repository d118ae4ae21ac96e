package io.ardesk.patients.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.patients.LetterSequence;
import io.ardesk.patients.PatientStatements;
import io.ardesk.patients.StatementLetter;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;

/**
 * The letters of one patient's balance: where the sequence stands and what comes next,
 * each letter sent with its PDF, and (for those who may change the client) sending the
 * letter that is due.
 */
class LettersPanel extends VerticalLayout {

	private final PatientStatements statements;

	private final ClientId client;

	private final long patientId;

	private final boolean mayChange;

	private final Runnable changed;

	private final Span sequence = new Span();

	private final Div error = new Div();

	private final Grid<StatementLetter> grid = new Grid<>();

	private final HorizontalLayout actions = new HorizontalLayout();

	LettersPanel(PatientStatements statements, ClientId client, long patientId, boolean mayChange, Runnable changed) {
		this.statements = statements;
		this.client = client;
		this.patientId = patientId;
		this.mayChange = mayChange;
		this.changed = changed;
		setPadding(false);
		setSpacing(false);
		this.sequence.setId("letter-sequence");
		this.error.setId("letter-error");
		this.error.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
		this.actions.setAlignItems(FlexComponent.Alignment.BASELINE);
		this.actions.add(this.sequence);
		configureGrid();
		add(new H4("Letters"), this.actions, this.error, this.grid);
		refresh();
	}

	private void configureGrid() {
		this.grid.setId("letters-grid");
		this.grid.addColumn((letter) -> Formats.date(letter.statementDate()))
			.setHeader("Sent")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addComponentColumn((letter) -> AccountBadges.level(letter.level()))
			.setHeader("Letter")
			.setWidth("8em")
			.setFlexGrow(0);
		this.grid.addColumn(StatementLetter::statementNumber).setHeader("Number").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((letter) -> Formats.money(letter.amountDue()))
			.setHeader("Amount due")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((letter) -> Formats.date(letter.dueDate()))
			.setHeader("Due")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((letter) -> (letter.runId() != null) ? "Run " + letter.runId() : letter.sentBy())
			.setHeader("Sent by")
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::pdfLink).setHeader("PDF").setKey("pdf").setAutoWidth(true).setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText("No letter sent yet");
	}

	private Component pdfLink(StatementLetter letter) {
		if (!letter.hasPdf()) {
			return new Span("–");
		}
		// The handler runs on a later request and asks the service again, which checks
		// access; reading a letter changes nothing.
		PatientStatements service = this.statements;
		ClientId owner = this.client;
		long patient = this.patientId;
		long id = letter.id();
		String name = letter.statementNumber() + ".pdf";
		Anchor anchor = new Anchor();
		anchor.setHref(DownloadHandler.fromInputStream((event) -> {
			byte[] pdf = service.pdf(owner, patient, id);
			return new DownloadResponse(new ByteArrayInputStream(pdf), name, "application/pdf", pdf.length);
		}), AttachmentType.INLINE);
		anchor.setText("Open");
		anchor.setTarget("_blank");
		anchor.addClassName("letter-pdf");
		return anchor;
	}

	private void refresh() {
		LetterSequence letters = this.statements.sequence(this.client, this.patientId);
		this.sequence.setText(describe(letters));
		this.grid.setItems(this.statements.letters(this.client, this.patientId));
		this.actions.removeAll();
		this.actions.add(this.sequence);
		if (this.mayChange && letters.next() != null) {
			Button send = new Button("Send " + letters.next().label().toLowerCase(Locale.US), (click) -> send());
			send.setId("send-letter");
			send.setEnabled(letters.letterDue());
			this.actions.add(send);
		}
	}

	private void send() {
		try {
			StatementLetter letter = this.statements.send(this.client, this.patientId);
			this.error.setText("");
			Notification.show(letter.level().label() + " " + letter.statementNumber() + " sent");
			refresh();
			this.changed.run();
		}
		catch (DomainException ex) {
			this.error.setText(ex.getMessage());
		}
	}

	/** The sequence in one sentence: what went out last, what comes next and when. */
	static String describe(LetterSequence letters) {
		List<String> parts = new ArrayList<>();
		if (letters.last() != null) {
			parts.add("Last letter: " + letters.last().level().label().toLowerCase(Locale.US) + " on "
					+ Formats.date(letters.last().on()) + ".");
		}
		else if (letters.restartedOn() != null) {
			parts.add("Restarted by a payment on " + Formats.date(letters.restartedOn()) + ".");
		}
		switch (letters.hold()) {
			case IN_COLLECTIONS -> parts.add("The balance is with a collection agency.");
			case NOTHING_OWED -> parts.add("The patient owes nothing.");
			case PAYMENT_PLAN -> parts.add("On hold while the payment plan is kept.");
			case NONE -> {
				if (letters.next() != null) {
					String next = letters.next().label();
					parts.add(letters.letterDue() ? next + " due now."
							: next + " due on " + Formats.date(letters.nextDue()) + ".");
				}
				else {
					parts.add(letters.collectionsPossible() ? "Collections possible now."
							: "Collections possible from " + Formats.date(letters.collectionsFrom()) + ".");
				}
			}
		}
		return String.join(" ", parts);
	}

}

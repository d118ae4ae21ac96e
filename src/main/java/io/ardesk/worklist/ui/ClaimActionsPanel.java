package io.ardesk.worklist.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveKind;
import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.Appeal;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.PracticeHolds;
import io.ardesk.worklist.SuggestedDocumentRequest;
import io.ardesk.worklist.ClaimActionsSummary;
import io.ardesk.worklist.DocumentRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;

/**
 * The workspace's actions area: the buttons for what staff may do to the claim, then its
 * write-offs and transfers to the patient (with Approve/Reject for managers), appeals
 * with their letters, document requests (answered by the practice's viewers) and notes.
 * Everything rebuilds from the server after each action.
 */
class ClaimActionsPanel extends VerticalLayout {

	/** What the current user may do here; the services check each of these again. */
	record Permissions(boolean mayChange, boolean mayDecide, boolean isViewer) {
	}

	private final ClaimActions actions;

	private final MoneyMoveApprovals approvals;

	private final ClientId client;

	private final String claimNumber;

	private final Permissions permissions;

	private final ZoneId zone;

	private final LocalDate today;

	private final Runnable refresh;

	ClaimActionsPanel(ClaimActions actions, MoneyMoveApprovals approvals, PracticeHolds holds, ClientId client,
			String claimNumber, Permissions permissions, ZoneId zone, LocalDate today, Runnable refresh) {
		this.actions = actions;
		this.approvals = approvals;
		this.client = client;
		this.claimNumber = claimNumber;
		this.permissions = permissions;
		this.zone = zone;
		this.today = today;
		this.refresh = refresh;
		setPadding(false);
		setId("claim-actions");
		add(new H3("Actions"));
		if (permissions.mayChange()) {
			add(buttons());
			holds.suggestion(client, claimNumber).ifPresent((suggested) -> add(suggestion(holds, suggested)));
		}
		ClaimActionsSummary summary = actions.actions(client, claimNumber);
		add(section("Write-offs and transfers", summary.moneyMoves().stream().map(this::moneyMove).toList()));
		add(section("Appeals", summary.appeals().stream().map(this::appeal).toList()));
		add(section("Document requests", summary.documentRequests().stream().map(this::documentRequest).toList()));
		add(new NotesPanel(actions, client, claimNumber, summary.notes(), permissions.mayChange(), zone, refresh));
	}

	private FlexLayout buttons() {
		FlexLayout row = new FlexLayout(
				button("Request write-off", "request-write-off",
						() -> WriteOffDialog.writeOff(this.actions, this.client, this.claimNumber, this::changed)
							.open()),
				button("Transfer balance", "transfer-balance",
						() -> WriteOffDialog.transfer(this.actions, this.client, this.claimNumber, this::changed)
							.open()),
				button("Start appeal", "start-appeal",
						() -> new AppealDialog(this.actions, this.client, this.claimNumber, this::changed).open()),
				button("Mark corrected claim", "mark-corrected-claim",
						() -> new TextDialog("Mark corrected claim", "What was corrected", "Record", "", "reason",
								ClaimActions.MAX_REASON,
								(reason) -> this.actions.markCorrectedClaim(this.client, this.claimNumber, reason),
								this::changed)
							.open()),
				button("Request documents", "request-documents", () -> new DocumentRequestDialog(this.actions,
						this.client, this.claimNumber, this.today, this::changed)
					.open()));
		row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		row.getStyle().set("gap", "var(--lumo-space-s, 0.5rem)");
		return row;
	}

	private Div moneyMove(MoneyMoveRequest request) {
		Div item = item(request.move().describe() + " · " + status(request.status()),
				"Requested by " + request.requestedBy() + " on " + Formats.dateTime(request.requestedAt(), this.zone)
						+ ((request.move().reason() != null) ? ": " + request.move().reason() : "")
						+ ((request.decidedBy() != null && request.status() != MoneyMoveRequest.Status.POSTED)
								? "\nDecided by " + request.decidedBy()
										+ ((request.decisionNote() != null) ? ": " + request.decisionNote() : "")
								: ""));
		if (request.pending() && this.permissions.mayDecide()) {
			String kind = (request.move().kind() == MoneyMoveKind.WRITE_OFF) ? "write-off" : "money-move";
			item.add(button("Approve", "approve-" + kind + "-" + request.id(), () -> decide(request.id(), true, null)),
					button("Reject", "reject-" + kind + "-" + request.id(),
							() -> new TextDialog("Reject " + request.move().kind().label().toLowerCase(),
									"Why (the requester sees this)", "Reject", "", "note",
									ClaimActions.MAX_DECISION_NOTE, (note) -> decide(request.id(), false, note), () -> {
									})
								.open()));
		}
		return item;
	}

	private static String status(MoneyMoveRequest.Status status) {
		return switch (status) {
			case PENDING -> "pending approval";
			case APPROVED -> "approved";
			case REJECTED -> "rejected";
			case POSTED -> "posted (within the small-balance limit)";
		};
	}

	private void decide(long id, boolean approve, @Nullable String note) {
		this.approvals.decide(this.client, id, approve, note);
		changed();
	}

	private Div appeal(Appeal appeal) {
		Div item = item("Level " + appeal.level() + " appeal · due " + Formats.date(appeal.deadline()),
				"Started by " + appeal.createdBy() + " on " + Formats.dateTime(appeal.createdAt(), this.zone) + ": "
						+ appeal.reason());
		Anchor letter = new Anchor();
		letter.setId("appeal-letter-" + appeal.id());
		letter.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" Download letter (PDF)"));
		// The handler asks the service again when the link is followed, which checks
		// access then.
		letter.setHref(DownloadHandler.fromInputStream((event) -> {
			byte[] pdf = this.actions.appealLetterPdf(this.client, appeal.id());
			return new DownloadResponse(new ByteArrayInputStream(pdf),
					"appeal-" + appeal.claimNumber() + "-" + appeal.id() + ".pdf", "application/pdf", pdf.length);
		}), AttachmentType.DOWNLOAD);
		item.add(letter);
		return item;
	}

	private Div documentRequest(DocumentRequest request) {
		boolean open = request.status() == DocumentRequest.Status.OPEN;
		Div item = item(
				request.whatIsNeeded() + " · due " + Formats.date(request.dueDate()) + " · "
						+ request.status().name().toLowerCase(),
				"Asked by " + request.requestedBy() + ((request.answer() != null)
						? "\nAnswer from " + request.answeredBy() + ": " + request.answer() : ""));
		if (open && (this.permissions.isViewer() || this.permissions.mayChange())) {
			item.add(button("Answer", "answer-documents-" + request.id(),
					() -> new TextDialog("Answer document request", "Answer", "Send answer", "", "answer",
							ClaimActions.MAX_ANSWER,
							(answer) -> this.actions.answerDocumentRequest(this.client, request.id(), answer),
							this::changed)
						.open()));
		}
		return item;
	}

	private void changed() {
		Notification.show("Saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		this.refresh.run();
	}

	private static VerticalLayout section(String title, java.util.List<? extends Component> items) {
		VerticalLayout section = new VerticalLayout(new H4(title));
		section.setPadding(false);
		section.setSpacing(false);
		if (items.isEmpty()) {
			section.add(new Span("None."));
		}
		items.forEach(section::add);
		return section;
	}

	private static Div item(String heading, String text) {
		Span title = new Span(heading);
		title.getStyle().set("font-weight", "600");
		Div body = new Div(text);
		body.getStyle().set("white-space", "pre-line");
		Div item = new Div(title, body);
		item.getStyle().set("padding", "var(--lumo-space-xs, 0.25rem) 0");
		return item;
	}

	private static Button button(String label, String id, Runnable action) {
		Button button = new Button(label, (click) -> {
			try {
				action.run();
			}
			catch (DomainException | AccessDeniedException ex) {
				Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
					.addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		});
		button.setId(id);
		button.addThemeVariants(ButtonVariant.LUMO_SMALL);
		return button;
	}

	/**
	 * The document request the payer's codes call for, created in one click (the
	 * specialist may still write their own with "Request documents").
	 */
	private Div suggestion(PracticeHolds holds, SuggestedDocumentRequest suggested) {
		Div item = item("Suggested document request · due " + Formats.date(suggested.dueDate()),
				suggested.whatIsNeeded());
		item.setId("suggested-document-request");
		item.add(button("Request from the practice", "request-suggested-documents", () -> {
			holds.requestSuggested(this.client, this.claimNumber);
			changed();
		}));
		return item;
	}

}

package io.ardesk.approvals.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.approvals.ApprovalTable;
import io.ardesk.approvals.MoneyMoveApprovals;
import io.ardesk.approvals.MoneyMoveRequest;
import io.ardesk.portal.ActiveClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.CurrentUser;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Money moves of the active client waiting for a decision, oldest first: write-offs,
 * transfers of insurance balance to the patient, and patient payments above the
 * small-balance limit. Money leaves the practice's AR only once someone other than the
 * worker agrees.
 */
@Route("approvals")
@PageTitle("Approvals · ARdesk")
@Menu(order = 40, title = "Approvals", icon = "CHECK_SQUARE_O")
@RolesAllowed({ "ACCOUNT_MANAGER", "FIRM_ADMIN" })
public class ApprovalsView extends VerticalLayout {

	static final String EMPTY = "No write-offs, transfers or payments are waiting for a decision.";

	private final MoneyMoveApprovals approvals;

	private final String me;

	private final Grid<MoneyMoveRequest> grid = new Grid<>();

	private final Span count = new Span();

	private final TableDownloads downloads = new TableDownloads();

	public ApprovalsView(MoneyMoveApprovals approvals, ActiveClient activeClient, ClientDirectory directory,
			ClientAccess access) {
		this.approvals = approvals;
		this.me = access.currentUser().map(CurrentUser::username).orElse("");
		setPadding(true);
		setSizeFull();
		add(new H2("Approvals"));
		ClientId client = activeClient.id().orElse(null);
		if (client == null) {
			add(new Span("You are not assigned to any client practice."));
			return;
		}
		ZoneId zone = directory.find(client).map(ClientProfile::timeZone).orElse(ZoneId.systemDefault());
		this.count.setId("approvals-count");
		this.grid.setId("money-move-approvals");
		this.grid.addColumn((r) -> r.move().kind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(MoneyMoveRequest::subject).setHeader("Claim or account").setAutoWidth(true);
		this.grid.addColumn((r) -> Formats.money(r.move().amount()))
			.setHeader("Amount")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(ApprovalTable::what).setHeader("What").setFlexGrow(1);
		this.grid.addColumn(MoneyMoveRequest::requestedBy).setHeader("Requested by").setAutoWidth(true);
		this.grid.addColumn((r) -> Formats.dateTime(r.requestedAt(), zone))
			.setHeader("Requested")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addComponentColumn((r) -> decisions(client, r))
			.setKey("decision")
			.setHeader("Decision")
			.setAutoWidth(true);
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setEmptyStateComponent(new Span(EMPTY));
		this.grid.addItemDoubleClickListener((event) -> open(event.getItem()));
		this.downloads.stream("approvals-" + client.value(), "Approvals", ApprovalTable.HEADER,
				(writer) -> ApprovalTable.write(approvals.pending(client), zone, writer));
		HorizontalLayout bar = new HorizontalLayout(this.count, this.downloads);
		bar.setAlignItems(Alignment.BASELINE);
		add(bar, this.grid);
		setFlexGrow(1, this.grid);
		load(client);
	}

	private HorizontalLayout decisions(ClientId client, MoneyMoveRequest request) {
		Button approve = new Button("Approve", (click) -> decide(client, request, true, null));
		approve.setId("approve-" + request.id());
		approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
		if (request.requestedBy().equals(this.me)) {
			// Four eyes: the service refuses it too.
			approve.setEnabled(false);
			approve.setTooltipText("Your own request: another manager or an administrator approves it");
		}
		Button reject = new Button("Reject", (click) -> reject(client, request));
		reject.setId("reject-" + request.id());
		reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		return new HorizontalLayout(approve, reject);
	}

	private void reject(ClientId client, MoneyMoveRequest request) {
		Dialog dialog = new Dialog("Reject " + request.move().kind().label().toLowerCase());
		TextArea why = new TextArea("Why (the requester sees this)");
		why.setId("reject-note");
		why.setWidthFull();
		dialog.add(why);
		Button confirm = new Button("Reject", (click) -> {
			dialog.close();
			decide(client, request, false, why.getValue());
		});
		confirm.setId("confirm-reject");
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(new Button("Cancel", (click) -> dialog.close()), confirm);
		dialog.setWidth("30em");
		dialog.open();
	}

	private void decide(ClientId client, MoneyMoveRequest request, boolean approve, @Nullable String note) {
		try {
			this.approvals.decide(client, request.id(), approve, note);
			Notification
				.show((approve ? "Approved: " : "Rejected: ") + request.move().describe() + " on " + request.subject())
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (DomainException | ClientAccessDeniedException ex) {
			Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		load(client);
	}

	private void open(MoneyMoveRequest request) {
		if (request.move().claimNumber() != null) {
			UI.getCurrent().navigate("workspace/" + request.move().claimNumber());
		}
		else {
			UI.getCurrent().navigate("patients");
		}
	}

	private void load(ClientId client) {
		List<MoneyMoveRequest> pending = this.approvals.pending(client);
		this.grid.setItems(pending);
		this.count.setText(pending.isEmpty() ? "" : pending.size() + " waiting for a decision");
	}

}

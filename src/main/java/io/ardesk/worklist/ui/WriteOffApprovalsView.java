package io.ardesk.worklist.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.ardesk.portal.ActiveClient;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.WriteOffRequest;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

/**
 * Write-offs waiting for an account manager's decision on the active client, oldest
 * first: money leaves the practice's AR only once someone other than the worker agrees.
 */
@Route("approvals")
@PageTitle("Write-off approvals · ARdesk")
@Menu(order = 40, title = "Write-off approvals", icon = "CHECK_SQUARE_O")
@RolesAllowed({ "ACCOUNT_MANAGER", "FIRM_ADMIN" })
public class WriteOffApprovalsView extends VerticalLayout {

	static final String EMPTY = "No write-offs are waiting for a decision.";

	private final ClaimActions actions;

	private final Grid<WriteOffRequest> grid = new Grid<>();

	public WriteOffApprovalsView(ClaimActions actions, ActiveClient activeClient) {
		this.actions = actions;
		setPadding(true);
		setSizeFull();
		add(new H2("Write-off approvals"));
		ClientId client = activeClient.id().orElse(null);
		if (client == null) {
			add(new Span("You are not assigned to any client practice."));
			return;
		}
		this.grid.setId("write-off-approvals");
		this.grid.addColumn(WriteOffRequest::claimNumber).setHeader("Claim").setAutoWidth(true);
		this.grid.addColumn((r) -> Formats.money(r.amount())).setHeader("Amount").setAutoWidth(true);
		this.grid.addColumn((r) -> r.from().name().toLowerCase()).setHeader("From").setAutoWidth(true);
		this.grid.addColumn(WriteOffRequest::requestedBy).setHeader("Requested by").setAutoWidth(true);
		this.grid.addColumn(WriteOffRequest::reason).setHeader("Reason").setFlexGrow(1);
		this.grid.addComponentColumn((r) -> decisions(client, r)).setHeader("Decision").setAutoWidth(true);
		this.grid.setEmptyStateComponent(new Span(EMPTY));
		this.grid.addItemDoubleClickListener((event) -> UI.getCurrent()
			.navigate(ClaimWorkspaceView.class, new RouteParameters("claimNumber", event.getItem().claimNumber())));
		add(this.grid);
		setFlexGrow(1, this.grid);
		load(client);
	}

	private HorizontalLayout decisions(ClientId client, WriteOffRequest request) {
		Button approve = new Button("Approve", (click) -> decide(client, request, true, null));
		approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
		// The dialog calls the service itself, so that a refused note stays in the field.
		Button reject = new Button("Reject",
				(click) -> new TextDialog("Reject write-off", "Why (the requester sees this)", "Reject", "", "note",
						ClaimActions.MAX_DECISION_NOTE,
						(note) -> this.actions.decideWriteOff(client, request.id(), false, note), () -> {
							Notification.show("Rejected the write-off on " + request.claimNumber())
								.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
							load(client);
						})
					.open());
		reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		return new HorizontalLayout(approve, reject);
	}

	private void decide(ClientId client, WriteOffRequest request, boolean approve, String note) {
		try {
			this.actions.decideWriteOff(client, request.id(), approve, note);
			Notification.show((approve ? "Approved" : "Rejected") + " the write-off on " + request.claimNumber())
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (DomainException | AccessDeniedException ex) {
			Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		load(client);
	}

	private void load(ClientId client) {
		List<WriteOffRequest> pending = this.actions.pendingWriteOffs(client);
		this.grid.setItems(pending);
	}

}

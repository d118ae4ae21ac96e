package io.ardesk.worklist.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.portal.ActiveClient;
import io.ardesk.portal.ClientProfiles;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.Role;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.approvals.MoneyMoveApprovals;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.RouteParameters;
import io.ardesk.worklist.CallSheet;
import io.ardesk.worklist.ClaimActions;
import io.ardesk.worklist.FollowUpRecord;
import io.ardesk.worklist.HighValueFlags;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.PracticeHolds;
import io.ardesk.worklist.WorkQueue;
import io.ardesk.worklist.ClaimWorkspace;
import io.ardesk.worklist.FollowUpEntry;
import io.ardesk.worklist.WorkStatus;
import io.ardesk.worklist.WorkspaceState;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Working one claim of the active client: where it stands, why it is in the queue, the
 * follow-up just made, and everything that happened before. Read-only for those who may
 * not change the client.
 */
@Route("workspace/:claimNumber")
@PageTitle("Claim workspace · ARdesk")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class ClaimWorkspaceView extends VerticalLayout implements BeforeEnterObserver {

	private final PracticeHolds holds;

	static final String CONFLICT = "Someone else worked on this claim in the meantime — reloaded";

	private final ActiveClient activeClient;

	private final ClaimLedger ledger;

	private final ClaimWorkspace workspace;

	private final ClientProfiles profiles;

	private final Clock clock;

	private final ClaimActions actions;

	private final ClientAccess access;

	private final MoneyMoveApprovals approvals;

	private final WorkQueue queue;

	private final WorkListContext list;

	private final HighValueFlags highValue;

	public ClaimWorkspaceView(ActiveClient activeClient, ClaimLedger ledger, ClaimWorkspace workspace,
			ClientProfiles profiles, Clock clock, ClaimActions actions, ClientAccess access,
			MoneyMoveApprovals approvals, WorkQueue queue, WorkListContext list, HighValueFlags highValue,
			PracticeHolds holds) {
		this.holds = holds;
		this.queue = queue;
		this.list = list;
		this.highValue = highValue;
		this.activeClient = activeClient;
		this.ledger = ledger;
		this.workspace = workspace;
		this.profiles = profiles;
		this.clock = clock;
		this.actions = actions;
		this.access = access;
		this.approvals = approvals;
		setPadding(true);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String claimNumber = event.getRouteParameters().get("claimNumber").orElse("");
		ClientId client = this.activeClient.id().orElse(null);
		if (client == null) {
			removeAll();
			add(new H2("No client yet"), new Paragraph("You are not assigned to any client practice."));
			return;
		}
		show(client, claimNumber, null);
	}

	/**
	 * (Re)builds the page from the server's current state, keeping an open form's error.
	 */
	private void show(ClientId client, String claimNumber, @Nullable String formError) {
		removeAll();
		add(new RouterLink("← My work", MyWorkView.class));
		ClaimDetail claim = this.ledger.claim(client, claimNumber).orElse(null);
		WorkspaceState state = (claim != null) ? this.workspace.state(client, claimNumber).orElse(null) : null;
		CallSheet sheet = (state != null) ? this.workspace.callSheet(client, claimNumber).orElse(null) : null;
		if (claim == null || state == null || sheet == null) {
			H2 title = new H2("Claim not found");
			title.setId("workspace-not-found");
			add(title, new Paragraph("There is no claim " + claimNumber
					+ " for this client. Check the number, or switch to the client the claim belongs to."));
			return;
		}
		ClientProfile profile = this.profiles.profile(client);
		H2 title = new H2("Claim " + claim.claimNumber());
		title.setId("workspace-claim-number");
		Anchor details = new Anchor("claims/" + claim.claimNumber(), "Claim details");
		HorizontalLayout heading = new HorizontalLayout(title, details);
		heading.setAlignItems(FlexComponent.Alignment.BASELINE);
		Role role = this.access.currentUser().map(CurrentUser::role).orElse(Role.CLIENT_VIEWER);
		boolean manager = this.activeClient.mayChange() && (role == Role.ACCOUNT_MANAGER || role == Role.FIRM_ADMIN);
		boolean flagged = this.highValue.flagOf(client, claimNumber).isPresent();
		if (manager) {
			heading.add(highValueButton(client, claimNumber, flagged));
		}
		add(heading, new WorkspaceHeader(claim, state, role.isStaff(), sheet.work().highValue() || flagged),
				new CallSheetPanel(sheet));
		if (this.activeClient.mayChange()) {
			add(new WorkStatusPicker(state.workStatus(),
					(status, note) -> changeStatus(client, claimNumber, status, note, state.version())));
		}

		Div columns = new Div();
		columns.getStyle()
			.set("display", "flex")
			.set("flex-wrap", "wrap")
			.set("gap", "var(--lumo-space-xl, 2.5rem)")
			.set("width", "100%");
		if (this.activeClient.mayChange()) {
			FollowUpForm form = form(client, claimNumber, state, profile);
			if (formError != null) {
				form.showError(formError);
			}
			columns.add(column(form, "24em", "1"));
		}
		VerticalLayout history = new VerticalLayout(new H3("Timeline"),
				new ClaimTimeline(state.followUps(), claim.history(), profile.timeZone()));
		history.setPadding(false);
		columns.add(column(history, "28em", "1.4"));
		add(columns, actionsPanel(client, claimNumber, profile));
	}

	private Button highValueButton(ClientId client, String claimNumber, boolean flagged) {
		Button button = new Button(flagged ? "Remove high-value flag" : "Flag high-value", (click) -> {
			try {
				if (flagged) {
					this.highValue.unflag(client, claimNumber);
				}
				else {
					this.highValue.flag(client, claimNumber, null);
				}
				show(client, claimNumber, null);
			}
			catch (DomainException | org.springframework.security.access.AccessDeniedException ex) {
				Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE)
					.addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		});
		button.setId("toggle-high-value");
		button.addThemeVariants(ButtonVariant.LUMO_SMALL);
		return button;
	}

	private ClaimActionsPanel actionsPanel(ClientId client, String claimNumber, ClientProfile profile) {
		Role role = this.access.currentUser().map(CurrentUser::role).orElse(Role.CLIENT_VIEWER);
		// (role checked again by the services)
		boolean mayChange = this.activeClient.mayChange();
		var permissions = new ClaimActionsPanel.Permissions(mayChange,
				mayChange && (role == Role.ACCOUNT_MANAGER || role == Role.FIRM_ADMIN), role == Role.CLIENT_VIEWER);
		return new ClaimActionsPanel(this.actions, this.approvals, this.holds, client, claimNumber, permissions,
				profile.timeZone(), LocalDate.now(this.clock.withZone(profile.timeZone())),
				() -> show(client, claimNumber, null));
	}

	private FollowUpForm form(ClientId client, String claimNumber, WorkspaceState state, ClientProfile profile) {
		LocalDate today = LocalDate.now(this.clock.withZone(profile.timeZone()));
		LocalDate next = today.plusDays(Math.max(1, profile.sla().touchCadenceDays()));
		FollowUpForm[] form = new FollowUpForm[1];
		form[0] = new FollowUpForm(today, next,
				(entry) -> save(client, claimNumber, entry, state.version(), form[0], false),
				(entry) -> save(client, claimNumber, entry, state.version(), form[0], true));
		return form[0];
	}

	private void save(ClientId client, String claimNumber, FollowUpEntry entry, long version, FollowUpForm form,
			boolean thenNext) {
		try {
			FollowUpRecord saved = this.workspace.logFollowUp(client, claimNumber, entry, version);
			Notification.show(claimNumber + " saved; due again on " + Formats.date(saved.nextActionDate()))
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			if (thenNext) {
				openNext(claimNumber);
				return;
			}
			show(client, claimNumber, null);
		}
		catch (OptimisticLockingFailureException ex) {
			Notification.show(CONFLICT, 8000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_WARNING);
			show(client, claimNumber, CONFLICT);
		}
		catch (DomainException ex) {
			form.showError(ex.field(), ex.getMessage());
		}
	}

	/** The next claim of the list this one was opened from, or back to the list. */
	private void openNext(String current) {
		WorkItem next = this.list.next(this.queue, current).orElse(null);
		if (next == null) {
			Notification.show("No more claims due in this list.");
			UI.getCurrent().navigate(MyWorkView.class);
			return;
		}
		this.activeClient.switchTo(next.client());
		UI.getCurrent().navigate(ClaimWorkspaceView.class, new RouteParameters("claimNumber", next.claimNumber()));
	}

	private void changeStatus(ClientId client, String claimNumber, WorkStatus status, String note, long version) {
		try {
			this.workspace.changeStatus(client, claimNumber, status, note, version);
			Notification.show("Work status set to " + status.label())
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			show(client, claimNumber, null);
		}
		catch (OptimisticLockingFailureException ex) {
			Notification.show(CONFLICT, 8000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_WARNING);
			show(client, claimNumber, CONFLICT);
		}
		catch (DomainException ex) {
			Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private static Div column(Component content, String basis, String grow) {
		Div column = new Div(content);
		column.getStyle().set("flex", grow + " 1 " + basis).set("min-width", "0");
		return column;
	}

}

package io.ardesk.trends.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.portal.ActiveClient;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.tenancy.ClientId;
import io.ardesk.trends.AffectedClaim;
import io.ardesk.trends.TrendIssue;
import io.ardesk.trends.TrendIssueStatus;
import io.ardesk.trends.TrendIssueUpdate;
import io.ardesk.trends.TrendIssues;
import io.ardesk.trends.TrendScan;
import io.ardesk.trends.api.TrendTables;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The active client's trend issues: the list (open first), and for the one selected what
 * was detected, the affected claims, and the fields to assign it, date it, explain its
 * root cause and preventive action, and move it on.
 */
@Route("trend-issues/:id?")
@PageTitle("Trend issues · ARdesk")
@Menu(order = 7, title = "Trend issues", icon = "TRENDING_UP")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class TrendIssuesView extends VerticalLayout implements BeforeEnterObserver {

	private final TrendIssues issues;

	private final @Nullable ClientId client;

	private final boolean mayChange;

	private final Select<@Nullable TrendIssueStatus> filter = new Select<>();

	private final Grid<TrendIssue> grid = new Grid<>();

	private final Paragraph empty = new Paragraph(
			"No trend issues: detection has found no pattern over the thresholds.");

	private final TableDownloads downloads = new TableDownloads();

	private final VerticalLayout detail = new VerticalLayout();

	public TrendIssuesView(ActiveClient activeClient, TrendIssues issues) {
		this.issues = issues;
		this.client = activeClient.id().orElse(null);
		this.mayChange = activeClient.mayChange();
		setPadding(true);
		activeClient.current().ifPresentOrElse((current) -> {
			add(new H2("Trend issues · " + current.name()));
			build(current.id());
		}, () -> add(new H2("No client yet"), new Paragraph("You are not assigned to any client practice.")));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.client == null) {
			return;
		}
		Optional<Long> id = event.getRouteParameters().get("id").flatMap(TrendIssuesView::number);
		id.ifPresent((value) -> {
			try {
				show(this.client, this.issues.issue(this.client, value));
			}
			catch (DomainException ex) {
				this.detail.removeAll();
				this.detail.add(new Paragraph(ex.getMessage()));
			}
		});
	}

	private void build(ClientId client) {
		this.filter.setLabel("Status");
		// "All" is the empty selection: a null item is not allowed in a Vaadin data
		// provider.
		this.filter.setItems(TrendIssueStatus.OPEN, TrendIssueStatus.IN_PROGRESS, TrendIssueStatus.RESOLVED);
		this.filter.setItemLabelGenerator((status) -> (status == null) ? "All" : status.label());
		this.filter.setEmptySelectionAllowed(true);
		this.filter.setEmptySelectionCaption("All");
		this.filter.setValue(null);
		this.filter.addValueChangeListener((change) -> refresh(client));
		Button scan = new Button("Run detection now", (click) -> {
			TrendScan result = this.issues.scan(client);
			Notification.show(result.detected() + " patterns: " + result.opened() + " opened, " + result.updated()
					+ " updated, " + result.reopened() + " reopened");
			refresh(client);
		});
		scan.setId("trend-scan");
		scan.setVisible(this.issues.mayScan());
		HorizontalLayout controls = new HorizontalLayout(this.filter, scan, this.downloads);
		controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		this.grid.setId("trend-issues");
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setHeight("300px");
		this.grid.addColumn((i) -> i.kind().label()).setHeader("Rule").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(TrendIssue::what).setHeader("What was detected").setFlexGrow(1);
		this.grid.addColumn((i) -> i.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((i) -> Formats.count(i.claims()))
			.setHeader("Claims")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((i) -> Formats.money(i.atStake()))
			.setHeader("At stake")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((i) -> (i.owner() != null) ? i.owner() : "unassigned")
			.setHeader("Owner")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((i) -> Formats.date(i.dueDate())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
		this.grid.addItemClickListener(
				(click) -> getUI().ifPresent((ui) -> ui.navigate("trend-issues/" + click.getItem().id())));
		this.detail.setPadding(false);
		add(controls, this.empty, this.grid, this.detail);
		refresh(client);
	}

	private void refresh(ClientId client) {
		TrendIssueStatus status = this.filter.getValue();
		List<TrendIssue> found = this.issues.issues(client, status);
		this.grid.setItems(found);
		this.empty.setVisible(found.isEmpty());
		this.grid.setVisible(!found.isEmpty());
		this.downloads.show("trend-issues-" + client.value(),
				() -> TrendTables.issues(this.issues.issues(client, status)));
	}

	private void show(ClientId client, TrendIssue issue) {
		this.detail.removeAll();
		H3 title = new H3(issue.kind().label() + " · " + issue.status().label()
				+ ((issue.reopened() > 0) ? " · reopened " + issue.reopened() + "×" : ""));
		title.setId("trend-issue-title");
		Paragraph what = new Paragraph(issue.what() + " · " + Formats.money(issue.atStake()) + " at stake");
		what.addClassName(LumoUtility.Margin.NONE);
		ComboBox<String> owner = new ComboBox<>("Owner", this.issues.possibleOwners(client));
		owner.setId("trend-owner");
		owner.setClearButtonVisible(true);
		owner.setValue(issue.owner());
		DatePicker due = new DatePicker("Due");
		due.setLocale(Locale.US);
		due.setI18n(new DatePicker.DatePickerI18n().setDateFormat("MM/dd/yyyy"));
		due.setValue(issue.dueDate());
		Select<TrendIssueStatus> status = new Select<>();
		status.setLabel("Status");
		status.setId("trend-status");
		status.setItems(TrendIssueStatus.values());
		status.setItemLabelGenerator(TrendIssueStatus::label);
		status.setValue(issue.status());
		TextArea rootCause = area("Root cause", issue.rootCause());
		rootCause.setId("trend-root-cause");
		TextArea action = area("Preventive action", issue.preventiveAction());
		action.setId("trend-preventive-action");
		Button save = new Button("Save", (click) -> {
			owner.setInvalid(false);
			rootCause.setInvalid(false);
			action.setInvalid(false);
			status.setInvalid(false);
			try {
				TrendIssue saved = this.issues.update(client, issue.id(),
						new TrendIssueUpdate((owner.getValue() != null) ? owner.getValue() : "", due.getValue(),
								rootCause.getValue(), action.getValue(), status.getValue(), issue.version()));
				Notification.show("Trend issue saved");
				refresh(client);
				show(client, saved);
			}
			catch (DomainException ex) {
				String field = (ex.field() != null) ? ex.field() : "";
				switch (field) {
					case "owner" -> invalid(owner, ex);
					case "rootCause" -> invalid(rootCause, ex);
					case "preventiveAction" -> invalid(action, ex);
					case "status" -> {
						status.setErrorMessage(ex.getMessage());
						status.setInvalid(true);
					}
					default -> Notification.show(ex.getMessage());
				}
			}
		});
		save.setId("trend-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setEnabled(this.mayChange);
		HorizontalLayout fields = new HorizontalLayout(owner, due, status);
		fields.setWrap(true);
		HorizontalLayout texts = new HorizontalLayout(rootCause, action);
		texts.setWidthFull();
		Grid<AffectedClaim> claims = new Grid<>();
		claims.setId("trend-claims");
		claims.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		claims.setHeight("260px");
		claims
			.addComponentColumn(
					(c) -> new com.vaadin.flow.component.html.Anchor("workspace/" + c.claimNumber(), c.claimNumber()))
			.setHeader("Claim")
			.setAutoWidth(true);
		claims.addColumn(AffectedClaim::payer).setHeader("Payer").setAutoWidth(true);
		claims.addColumn((c) -> Formats.date(c.occurredOn())).setHeader("On").setAutoWidth(true);
		claims.addColumn((c) -> (c.reason() != null) ? c.reason() : "").setHeader("Reason").setAutoWidth(true);
		claims.addColumn((c) -> Formats.money(c.amount())).setHeader("At stake").setTextAlign(ColumnTextAlign.END);
		claims.addColumn((c) -> Formats.money(c.insuranceBalance()))
			.setHeader("Insurance balance")
			.setTextAlign(ColumnTextAlign.END);
		claims.setItems(this.issues.claims(client, issue.id()));
		TableDownloads claimFiles = new TableDownloads();
		claimFiles.show("trend-issue-" + issue.id() + "-claims",
				() -> TrendTables.claims(this.issues.claims(client, issue.id())));
		this.detail.add(title, what, fields, texts, save, new H3("Affected claims"), claimFiles, claims);
	}

	private static void invalid(com.vaadin.flow.component.HasValidation field, DomainException ex) {
		field.setErrorMessage(ex.getMessage());
		field.setInvalid(true);
	}

	private static TextArea area(String label, @Nullable String value) {
		TextArea area = new TextArea(label);
		area.setWidth("50%");
		area.setMaxLength(2000);
		area.setValue((value != null) ? value : "");
		return area;
	}

	private static Optional<Long> number(String text) {
		try {
			return Optional.of(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}

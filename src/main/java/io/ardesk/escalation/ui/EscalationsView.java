package io.ardesk.escalation.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationTable;
import io.ardesk.escalation.Escalations;
import io.ardesk.portal.ActiveClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.shared.ui.Formats;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.PermitAll;

/**
 * The active client's escalations, newest first, open ones by default; a click opens one.
 * The practice's viewers and the client's staff flag a claim here ({@code ?flag=} opens
 * the form for a claim, as the claim page's "Flag for escalation" does).
 */
@Route("escalations")
@PageTitle("Escalations · ARdesk")
@Menu(order = 15, title = "Escalations", icon = "FLAG")
@PermitAll
public class EscalationsView extends VerticalLayout implements BeforeEnterObserver {

	static final String EMPTY = "No escalations. A practice flags a claim from the claim page or here.";

	private final Escalations escalations;

	private final ActiveClient activeClient;

	private final ClientAccess access;

	private final ZoneId zone;

	private final ClientDirectory directory;

	private final Grid<Escalation> grid = new Grid<>();

	private final Checkbox openOnly = new Checkbox("Open only", true);

	private final Span count = new Span();

	private final TableDownloads downloads = new TableDownloads();

	public EscalationsView(Escalations escalations, ActiveClient activeClient, ClientAccess access,
			ClientDirectory directory) {
		this.escalations = escalations;
		this.activeClient = activeClient;
		this.access = access;
		this.zone = directory.firm().timeZone();
		this.directory = directory;
		setPadding(true);
		setSizeFull();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		add(new H2("Escalations"));
		ClientId client = this.activeClient.id().orElse(null);
		if (client == null) {
			add(new Paragraph("You are not assigned to any client practice."));
			return;
		}
		HorizontalLayout tools = new HorizontalLayout(this.count, this.openOnly, this.downloads);
		tools.setAlignItems(FlexComponent.Alignment.BASELINE);
		if (this.access.mayRaiseEscalation(client)) {
			Button flag = new Button("Flag a claim", VaadinIcon.FLAG.create(), (click) -> flag(client, ""));
			flag.setId("flag-claim");
			flag.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			tools.add(flag);
		}
		this.count.setId("escalations-count");
		this.openOnly.setId("escalations-open-only");
		this.openOnly.addValueChangeListener((change) -> load(client));
		configureGrid();
		add(tools, this.grid);
		setFlexGrow(1, this.grid);
		load(client);
		List<String> flag = event.getLocation().getQueryParameters().getParameters().get("flag");
		if (flag != null && !flag.isEmpty() && this.access.mayRaiseEscalation(client)) {
			flag(client, flag.getFirst());
		}
	}

	private void configureGrid() {
		if (!this.grid.getColumns().isEmpty()) {
			return;
		}
		this.grid.setId("escalations");
		this.grid.addColumn(Escalation::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(Escalation::claimNumber).setHeader("Claim").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((e) -> e.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((e) -> e.reason().label()).setHeader("Reason").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((e) -> Formats.dateTime(e.raisedAt(), this.zone))
			.setHeader("Raised")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(Escalation::raisedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
		this.grid
			.addColumn((e) -> (e.acknowledgedAt() != null) ? "done " + Formats.dateTime(e.acknowledgedAt(), this.zone)
					: Formats.dateTime(e.acknowledgeBy(), this.zone))
			.setHeader("Acknowledge by")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid
			.addColumn((e) -> (e.resolvedAt() != null) ? "done " + Formats.dateTime(e.resolvedAt(), this.zone)
					: Formats.dateTime(e.resolveBy(), this.zone))
			.setHeader("Resolve by")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((e) -> (e.resolution() != null) ? e.resolution() : (e.comment() != null) ? e.comment() : "")
			.setHeader("Comment or resolution")
			.setFlexGrow(1);
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setEmptyStateComponent(new Span(EMPTY));
		this.grid.addItemClickListener(
				(click) -> getUI().ifPresent((ui) -> ui.navigate("escalations/" + click.getItem().id())));
	}

	private void load(ClientId client) {
		List<Escalation> items = this.escalations.list(client, this.openOnly.getValue());
		this.grid.setItems(items);
		this.count.setText(Formats.count(items.size()) + (this.openOnly.getValue() ? " open" : " in all"));
		boolean open = this.openOnly.getValue();
		boolean staff = this.access.currentUser().map((user) -> user.role().isStaff()).orElse(false);
		Escalations source = this.escalations;
		ZoneId firmZone = this.zone;
		this.downloads.stream("escalations-" + client.value(), "Escalations", EscalationTable.header(staff),
				(writer) -> EscalationTable.write(source.list(client, open), staff, firmZone, writer));
	}

	private void flag(ClientId client, String claimNumber) {
		String promise = this.directory.find(client)
			.map((profile) -> "Your billing firm acknowledges within " + profile.sla().escalationAcknowledgeHours()
					+ " business hours and resolves within " + profile.sla().escalationResolveDays()
					+ " business days; the escalation page shows both deadlines and, when done, the resolution.")
			.orElse("");
		new FlagDialog(this.escalations, client, claimNumber, promise, (raised) -> {
			load(client);
			getUI().ifPresent((ui) -> ui.navigate("escalations/" + raised.id()));
		}).open();
	}

}

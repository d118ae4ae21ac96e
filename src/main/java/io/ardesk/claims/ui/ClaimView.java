package io.ardesk.claims.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimDetail.Line;
import io.ardesk.claims.ClaimLedger;
import io.ardesk.portal.ActiveClient;
import io.ardesk.portal.ClientProfiles;
import io.ardesk.security.ClientAccess;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import jakarta.annotation.security.PermitAll;

/**
 * One claim of the active client: who owes what, the service lines, every remittance with
 * its reasons, and the history. Read-only for everyone for now.
 */
@Route("claims/:claimNumber")
@PageTitle("Claim · ARdesk")
@PermitAll
public class ClaimView extends VerticalLayout implements BeforeEnterObserver {

	private final ActiveClient activeClient;

	private final ClaimLedger ledger;

	private final ClientProfiles profiles;

	private final ClientAccess access;

	public ClaimView(ActiveClient activeClient, ClaimLedger ledger, ClientProfiles profiles, ClientAccess access) {
		this.activeClient = activeClient;
		this.access = access;
		this.ledger = ledger;
		this.profiles = profiles;
		setPadding(true);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		add(new RouterLink("← All claims", ClaimsView.class));
		String claimNumber = event.getRouteParameters().get("claimNumber").orElse("");
		ClientId client = this.activeClient.id().orElse(null);
		if (client == null) {
			add(new H2("No client yet"), new Paragraph("You are not assigned to any client practice."));
			return;
		}
		this.ledger.claim(client, claimNumber)
			.ifPresentOrElse((claim) -> show(claim, this.profiles.profile(client)), () -> showNotFound(claimNumber));
	}

	private void show(ClaimDetail claim, ClientProfile client) {
		H2 title = new H2("Claim " + claim.claimNumber());
		title.setId("claim-number");
		// By route string: the claims module must not know the work list that builds on
		// it.
		Anchor workspace = new Anchor("workspace/" + claim.claimNumber(), "Open workspace");
		workspace.setId("open-workspace");
		HorizontalLayout header = new HorizontalLayout(title, ClaimStatusBadge.of(claim.status()));
		if (this.access.currentUser().map((user) -> user.role().isStaff()).orElse(false)) {
			// The workspace is the firm's (scores, owners, notes); a practice never sees
			// it.
			header.add(workspace);
		}
		if (this.access.mayRaiseEscalation(client.id())) {
			// The practice's one write besides answering document requests (escalation
			// module).
			Anchor flag = new Anchor(
					"escalations?flag="
							+ java.net.URLEncoder.encode(claim.claimNumber(), java.nio.charset.StandardCharsets.UTF_8),
					"Flag for escalation");
			flag.setId("flag-for-escalation");
			header.add(flag);
		}
		header.setAlignItems(FlexComponent.Alignment.BASELINE);
		H4 shares = new H4("Who pays what");
		add(header, facts(claim), new MoneySummary(claim), shares, new PayerSharesGrid(claim));

		TabSheet sections = new TabSheet();
		sections.setWidthFull();
		sections.add("Service lines (" + claim.lines().size() + ")", lines(claim));
		if (claim.deniedOpen().signum() > 0) {
			sections.add("Open denials (" + claim.openDenials().size() + ")", new OpenDenialsGrid(claim));
		}
		sections.add("Remittances (" + claim.payments().size() + ")", new RemittancesSection(claim));
		sections.add("History", new HistoryTimeline(claim, client.timeZone()));
		add(sections);
	}

	private static Div facts(ClaimDetail claim) {
		String service = Formats.date(claim.serviceDateFrom()) + (claim.serviceDateTo().equals(claim.serviceDateFrom())
				? "" : " – " + Formats.date(claim.serviceDateTo()));
		Div facts = new Div(fact("Payer", claim.payer().name() + " (" + claim.responsibility() + ")"),
				fact("Patient",
						claim.patientName()
								+ ((claim.patientAccount() != null) ? " · account " + claim.patientAccount() : "")),
				fact("Date of service", service), fact("Submitted", Formats.date(claim.submittedOn())));
		if (claim.payerClaimNumber() != null) {
			facts.add(fact("Payer claim number", claim.payerClaimNumber()));
		}
		if (claim.deadline() != null) {
			long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(), claim.deadline());
			String kind = "APPEAL".equals(claim.deadlineKind()) ? "Appeal" : "Timely filing";
			facts.add(fact(kind + " deadline", Formats.date(claim.deadline())
					+ ((days >= 0) ? " (in " + days + " days)" : " (passed " + (-days) + " days ago)")));
		}
		if (claim.denialCategory() != null) {
			facts.add(fact("Denial", claim.denialCategory()));
		}
		facts.setId("claim-facts");
		facts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l, 1.5rem)");
		return facts;
	}

	private static Div fact(String label, String value) {
		Span caption = new Span(label);
		caption.getStyle()
			.set("color", "var(--lumo-secondary-text-color, #5c6470)")
			.set("font-size", "var(--lumo-font-size-s, 0.875rem)");
		return new Div(caption, new Div(value));
	}

	private static Grid<Line> lines(ClaimDetail claim) {
		Grid<Line> grid = new Grid<>();
		grid.setId("service-lines");
		grid.addColumn(Line::lineNumber).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
		grid.addColumn((line) -> Formats.date(line.serviceDateFrom())).setHeader("Date").setAutoWidth(true);
		grid.addColumn(Line::procedureCode).setHeader("Procedure").setAutoWidth(true);
		grid.addColumn((line) -> (line.modifiers() != null) ? line.modifiers() : "").setHeader("Modifiers");
		grid.addColumn((line) -> (line.revenueCode() != null) ? line.revenueCode() : "").setHeader("Revenue code");
		grid.addColumn((line) -> line.units().stripTrailingZeros().toPlainString())
			.setHeader("Units")
			.setTextAlign(ColumnTextAlign.END);
		grid.addColumn((line) -> Formats.money(line.charge())).setHeader("Charge").setTextAlign(ColumnTextAlign.END);
		grid.setItems(claim.lines());
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		return grid;
	}

	private void showNotFound(String claimNumber) {
		H2 title = new H2("Claim not found");
		title.setId("claim-not-found");
		add(title, new Paragraph("There is no claim " + claimNumber
				+ " for this client. Check the number, or switch to the client the claim belongs to."));
	}

}

package io.ardesk.secondaries.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.secondaries.SecondaryWorklist;
import io.ardesk.secondaries.UnaddressedSecondaries;
import io.ardesk.secondaries.UnaddressedSecondary;
import io.ardesk.secondaries.api.SecondaryTables;
import io.ardesk.shared.ui.Formats;
import io.ardesk.shared.ui.TableDownloads;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.web.util.UriUtils;

/**
 * The active client's unaddressed secondaries, oldest first, with their true count and
 * the patient responsibility left unbilled.
 */
@Route("secondaries")
@PageTitle("Secondaries · ARdesk")
@Menu(order = 7, title = "Secondaries", icon = "EXCHANGE")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class SecondariesView extends VerticalLayout {

	private final Grid<UnaddressedSecondary> grid = new Grid<>();

	public SecondariesView(io.ardesk.portal.ActiveClient activeClient, UnaddressedSecondaries secondaries) {
		setPadding(true);
		setSizeFull();
		activeClient.current().ifPresentOrElse((client) -> {
			add(new H2("Secondaries · " + client.name()));
			show(client.id(), secondaries);
		}, () -> add(new H2("Secondaries"), new Paragraph("You are not assigned to any client practice.")));
	}

	private void show(ClientId client, UnaddressedSecondaries secondaries) {
		SecondaryWorklist worklist = secondaries.worklist(client);
		Paragraph explanation = new Paragraph("Claims the primary paid with patient responsibility, with a secondary "
				+ "payer on file, not under appeal, and neither billed to the secondary nor crossed over after "
				+ worklist.afterDays() + " days. Bill the secondary before the balance goes to the patient.");
		explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
		Span totals = new Span(Formats.count(worklist.count()) + " claims, " + Formats.money(worklist.total())
				+ " patient responsibility not billed to a secondary");
		totals.setId("secondaries-total");
		totals.addClassNames(LumoUtility.FontSize.LARGE);
		TableDownloads downloads = new TableDownloads();
		downloads.show("secondaries-" + client.value(), () -> SecondaryTables.of(secondaries.worklist(client)));
		this.grid.setId("secondaries");
		this.grid
			.addComponentColumn((claim) -> new Anchor(
					"claims/" + UriUtils.encodePathSegment(claim.claimNumber(), StandardCharsets.UTF_8),
					claim.claimNumber()))
			.setHeader("Claim")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(UnaddressedSecondary::primaryPayer)
			.setHeader("Primary")
			.setAutoWidth(true)
			.setTooltipGenerator(UnaddressedSecondary::primaryPayer);
		this.grid.addColumn((claim) -> (claim.secondaryPayer() != null) ? claim.secondaryPayer() : "(not named)")
			.setHeader("Secondary on file")
			.setAutoWidth(true);
		this.grid.addColumn((claim) -> Formats.date(claim.serviceDate()))
			.setHeader("Service")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((claim) -> Formats.date(claim.primaryAdjudicatedOn()))
			.setHeader("Primary paid")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(UnaddressedSecondary::daysWaiting)
			.setHeader("Days")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((claim) -> Formats.money(claim.patientResponsibility()))
			.setHeader("Patient responsibility")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((claim) -> Formats.money(claim.insuranceBalance()))
			.setHeader("Insurance balance")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.setEmptyStateComponent(
				new Span("No unaddressed secondaries: every primary with a secondary on file was billed onward."));
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setSizeFull();
		this.grid.setItems(worklist.claims());
		add(explanation, totals, downloads, this.grid);
	}

}

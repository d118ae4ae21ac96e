package io.ardesk.aging.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import io.ardesk.aging.AgingBucket;
import io.ardesk.aging.AgingGrouping;
import io.ardesk.aging.AgingReport;
import io.ardesk.aging.AgingReports;
import io.ardesk.aging.AgingSnapshots;
import io.ardesk.aging.AgingRow;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.portal.ActiveClient;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.AgingBasis;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * The active client's accounts receivable by age: totals per bucket for insurance and
 * patients, a table by payer (or category, provider, location), and the claims behind any
 * figure.
 */
@Route("aging")
@PageTitle("Aging · ARdesk")
@Menu(order = 5, title = "Aging", icon = "CHART")
@PermitAll
public class AgingView extends VerticalLayout {

	private final AgingReports reports;

	private final DatePicker asOf = new DatePicker("As of");

	private final Select<AgingGrouping> grouping = new Select<>();

	private final RadioButtonGroup<ResponsibleParty> party = new RadioButtonGroup<>("Balances owed by");

	private final Paragraph basis = new Paragraph();

	private final Paragraph empty = new Paragraph();

	private final AgingSummary summary = new AgingSummary(this::drillDown);

	private final AgingGrid grid = new AgingGrid(this::drillDown);

	private final ClaimDrillDown claims = new ClaimDrillDown();

	private final AgingDownloads downloads;

	private @Nullable AgingReport report;

	private final AgingSnapshots snapshots;

	public AgingView(ActiveClient activeClient, AgingReports reports, AgingSnapshots snapshots) {
		this.snapshots = snapshots;
		this.reports = reports;
		this.downloads = new AgingDownloads(reports);
		setPadding(true);
		activeClient.current().ifPresentOrElse((client) -> {
			add(new H2("Aging · " + client.name()));
			build(client.id());
			addPortfolio(activeClient, client.id());
		}, () -> add(new H2("No client yet"), new Paragraph("You are not assigned to any client practice.")));
	}

	/**
	 * Users with several clients see them side by side under the active client's report.
	 */
	private void addPortfolio(ActiveClient activeClient, ClientId client) {
		var clients = activeClient.reachable();
		if (clients.size() < 2) {
			return;
		}
		java.util.Map<ClientId, String> names = new java.util.LinkedHashMap<>();
		clients.forEach((summary) -> names.put(summary.id(), summary.name()));
		// The earliest "today" among the clients' time zones: no client is asked about
		// its future.
		LocalDate today = names.keySet()
			.stream()
			.map(this.reports::today)
			.min(java.util.Comparator.naturalOrder())
			.orElse(this.reports.today(client));
		add(new PortfolioAging(this.reports.portfolio(List.copyOf(names.keySet()), today), names));
	}

	private void build(ClientId client) {
		LocalDate today = this.reports.today(client);
		this.asOf.setLocale(Locale.US);
		this.asOf.setI18n(new DatePicker.DatePickerI18n().setDateFormat("MM/dd/yyyy"));
		this.asOf.setMax(today);
		this.asOf.setValue(today);
		this.asOf.setId("aging-as-of");
		this.grouping.setLabel("Group by");
		this.grouping.setItems(AgingGrouping.values());
		this.grouping.setItemLabelGenerator(AgingGrouping::label);
		this.grouping.setValue(AgingGrouping.PAYER);
		this.party.setItems(ResponsibleParty.values());
		this.party.setItemLabelGenerator((p) -> (p == ResponsibleParty.INSURANCE) ? "Insurance" : "Patient");
		this.party.setValue(ResponsibleParty.INSURANCE);
		HorizontalLayout controls = new HorizontalLayout(this.asOf, this.grouping, this.party, this.downloads);
		controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		controls.setWrap(true);
		this.basis.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
		this.empty.setId("aging-empty");
		this.empty.getStyle().set("font-size", "var(--lumo-font-size-l)");
		add(controls, this.basis, this.empty, this.summary, this.grid, this.claims);
		this.asOf.addValueChangeListener((change) -> refresh(client));
		this.grouping.addValueChangeListener((change) -> refresh(client));
		this.party.addValueChangeListener((change) -> showRows());
		refresh(client);
	}

	private void refresh(ClientId client) {
		LocalDate date = this.asOf.getValue();
		if (date == null || this.asOf.isInvalid() || date.isAfter(this.reports.today(client))) {
			// The picker shows why; keep the last valid report on screen.
			return;
		}
		AgingReport current = this.reports.report(client, date, this.grouping.getValue());
		this.report = current;
		boolean today = !date.isBefore(this.reports.today(client));
		this.basis.setText("Aged by "
				+ ((current.basis() == AgingBasis.DATE_OF_SERVICE) ? "date of service" : "submission date")
				+ (today ? " · current balances, aged as of " + Formats.date(date) : " · the balances as they stood on "
						+ Formats.date(date) + " (from the posting journal), aged as of that day"));
		this.downloads.show(client, date, current.grouping());
		this.claims.clear();
		boolean nothingOwed = current.isEmpty();
		this.empty.setText("No open balances as of " + Formats.date(date) + ".");
		this.empty.setVisible(nothingOwed);
		this.summary.setVisible(!nothingOwed);
		this.grid.setVisible(!nothingOwed);
		this.downloads.setVisible(!nothingOwed);
		// How aging moved: against the totals recorded a week before the as-of date.
		this.summary.show(current, this.snapshots.onOrBefore(client, date.minusDays(7)).orElse(null));
		showRows();
	}

	private void showRows() {
		if (this.report != null) {
			this.grid.show(this.report.rows(), this.report.grouping(), this.party.getValue());
			this.claims.clear();
		}
	}

	private void drillDown(AgingRow row, AgingBucket bucket) {
		show(row.groupKey(), row.group(), bucket, this.party.getValue());
	}

	private void drillDown(ResponsibleParty owedBy, AgingBucket bucket) {
		show(null, null, bucket, owedBy);
	}

	private void show(@Nullable String groupKey, @Nullable String group, AgingBucket bucket, ResponsibleParty owedBy) {
		AgingReport current = this.report;
		if (current == null) {
			return;
		}
		var found = this.reports.drillDown(current.client(), current.asOf(), current.grouping(), groupKey, bucket,
				owedBy, ClaimDrillDown.LIMIT);
		String whose = (owedBy == ResponsibleParty.INSURANCE) ? "Insurance" : "Patient";
		this.claims.show(whose + " balances " + bucket.label() + " days" + ((group != null) ? " · " + group : ""),
				found);
	}

}

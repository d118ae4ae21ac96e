package io.ardesk.reports.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.portal.ActiveClient;
import io.ardesk.reports.ArchivedReport;
import io.ardesk.reports.ClientReports;
import io.ardesk.reports.ReportKind;
import io.ardesk.reports.ReportPdf;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.PermitAll;

/**
 * The active client's report archive: every weekly and monthly report with its period,
 * when it was built and a download; staff build a closed period's report now.
 */
@Route("reports")
@PageTitle("Reports · ARdesk")
@Menu(order = 8, title = "Reports", icon = "FILE_TEXT")
@PermitAll
public class ReportsView extends VerticalLayout {

	private static final int PERIODS_OFFERED = 12;

	private final ClientReports reports;

	private final Grid<ArchivedReport> grid = new Grid<>();

	private final Paragraph empty = new Paragraph();

	private ZoneId zone = ZoneId.systemDefault();

	public ReportsView(ActiveClient activeClient, ClientReports reports, ClientDirectory directory) {
		this.reports = reports;
		activeClient.id().flatMap(directory::find).ifPresent((profile) -> this.zone = profile.timeZone());
		setPadding(true);
		activeClient.current().ifPresentOrElse((current) -> {
			add(new H2("Reports · " + current.name()));
			build(current.id());
		}, () -> add(new H2("No client yet"), new Paragraph("You are not assigned to any client practice.")));
	}

	private void build(ClientId client) {
		Paragraph intro = new Paragraph("A weekly and a monthly A/R report: KPIs against target, aging, cash "
				+ "collected and recovered, denials, trend issues, escalations, the firm's work and next steps.");
		intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.NONE);
		add(intro);
		if (this.reports.mayGenerate(client)) {
			add(generator(client));
		}
		this.grid.setId("report-archive");
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.addColumn((r) -> r.period().title()).setHeader("Period").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((r) -> r.kind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((r) -> Formats.date(r.period().from()) + " – " + Formats.date(r.period().to()))
			.setHeader("Covers")
			.setAutoWidth(true);
		this.grid.addColumn((r) -> Formats.dateTime(r.generatedAt(), this.zone))
			.setHeader("Generated")
			.setAutoWidth(true);
		this.grid.addColumn((r) -> r.trigger().label()).setHeader("Built").setAutoWidth(true);
		this.grid.addColumn((r) -> Formats.count(Math.max(1, r.bytes() / 1024)) + " KB")
			.setHeader("Size")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		this.grid.addColumn(new ComponentRenderer<>((r) -> download(client, r)))
			.setHeader("Download")
			.setAutoWidth(true);
		this.grid.setAllRowsVisible(true);
		this.empty.setId("report-archive-empty");
		this.empty.addClassNames(LumoUtility.TextColor.SECONDARY);
		add(this.empty, this.grid);
		refresh(client);
	}

	private HorizontalLayout generator(ClientId client) {
		LocalDate today = this.reports.today(client);
		Select<ReportPeriod> period = new Select<>();
		period.setLabel("Closed period");
		period.setWidth("24em");
		period.setItemLabelGenerator(
				(p) -> p.title() + " (" + Formats.date(p.from()) + " – " + Formats.date(p.to()) + ")");
		Select<ReportKind> kind = new Select<>();
		kind.setLabel("Report");
		kind.setItems(ReportKind.values());
		kind.setItemLabelGenerator(ReportKind::label);
		kind.addValueChangeListener((change) -> {
			List<ReportPeriod> periods = closedPeriods(change.getValue(), today);
			period.setItems(periods);
			period.setValue(periods.getFirst());
		});
		kind.setValue(ReportKind.WEEKLY);
		Button generate = new Button("Generate now", VaadinIcon.COG.create(), (click) -> {
			try {
				ArchivedReport built = this.reports.generate(client, period.getValue());
				Notification.show(built.period().title() + " built and archived")
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				refresh(client);
			}
			catch (DomainException ex) {
				period.setInvalid(true);
				period.setErrorMessage(ex.getMessage());
			}
		});
		generate.setId("generate-report");
		generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		generate.setDisableOnClick(true);
		generate.addClickListener((click) -> generate.setEnabled(true));
		HorizontalLayout row = new HorizontalLayout(kind, period, generate);
		row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		return row;
	}

	private static List<ReportPeriod> closedPeriods(ReportKind kind, LocalDate today) {
		List<ReportPeriod> periods = new ArrayList<>();
		ReportPeriod last = ReportPeriod.lastClosed(kind, today.minusDays(1), 0);
		for (int i = 0; i < PERIODS_OFFERED; i++) {
			periods.add((kind == ReportKind.WEEKLY) ? ReportPeriod.ofWeek(last.from().minusWeeks(i))
					: ReportPeriod.ofMonth(YearMonth.from(last.from()).minusMonths(i)));
		}
		return periods;
	}

	private Anchor download(ClientId client, ArchivedReport report) {
		Anchor anchor = new Anchor(DownloadHandler.fromInputStream((event) -> {
			ReportPdf pdf = this.reports.pdf(client, report.id());
			return new DownloadResponse(new ByteArrayInputStream(pdf.pdf()), pdf.fileName(client), "application/pdf",
					pdf.pdf().length);
		}), "");
		anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
		anchor.add(" PDF");
		anchor.setTarget(AnchorTarget.BLANK);
		anchor.getElement().setAttribute("aria-label", "Download the report of " + report.period().title());
		return anchor;
	}

	private void refresh(ClientId client) {
		List<ArchivedReport> archive = this.reports.archive(client);
		this.grid.setItems(archive);
		this.grid.setVisible(!archive.isEmpty());
		this.empty.setVisible(archive.isEmpty());
		this.empty.setText("No reports yet: the first is built after the current period closes"
				+ (this.reports.mayGenerate(client) ? ", or choose a closed period above and generate it now." : "."));
	}

}

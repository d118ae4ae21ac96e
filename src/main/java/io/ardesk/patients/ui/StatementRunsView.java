package io.ardesk.patients.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.patients.RunTrigger;
import io.ardesk.patients.SkipReason;
import io.ardesk.patients.SkippedAccount;
import io.ardesk.patients.StatementRun;
import io.ardesk.patients.StatementRuns;
import io.ardesk.portal.ActiveClient;
import io.ardesk.portal.ClientProfiles;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.Role;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.StatementPolicy;
import jakarta.annotation.security.RolesAllowed;

/**
 * The statement runs of the active client: the monthly cycle and, for account managers, a
 * run now. A run shows what it printed (with the print file) and whom it skipped and why;
 * patients without a mailing address are listed, not printed.
 */
@Route("patients/statement-runs")
@PageTitle("Statement runs · ARdesk")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class StatementRunsView extends VerticalLayout {

	private static final int LIMIT = 24;

	private final StatementRuns runs;

	private final Grid<StatementRun> grid = new Grid<>();

	private final VerticalLayout detail = new VerticalLayout();

	public StatementRunsView(ActiveClient activeClient, StatementRuns runs, ClientProfiles profiles,
			ClientAccess access) {
		this.runs = runs;
		setPadding(true);
		setSizeFull();
		RouterLink back = new RouterLink("Patient balances", PatientBalancesView.class);
		HorizontalLayout header = new HorizontalLayout(new H2("Statement runs"), back);
		header.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(header);
		activeClient.id().ifPresentOrElse((client) -> {
			StatementPolicy policy = profiles.profile(client).rules().statements();
			add(new Paragraph(cycleText(policy)));
			boolean manager = access.currentUser()
				.map(CurrentUser::role)
				.map((role) -> role == Role.ACCOUNT_MANAGER || role == Role.FIRM_ADMIN)
				.orElse(false);
			if (manager && activeClient.mayChange()) {
				Button run = new Button("Run statements now", VaadinIcon.PRINT.create());
				run.addClickListener((click) -> runNow(client, run));
				run.setId("run-statements");
				// A run of a thousand letters takes a while; one click, one run.
				run.setDisableOnClick(true);
				run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
				add(run);
			}
			show(client);
		}, () -> add(new Paragraph(
				"You are not assigned to any client practice. Ask your firm administrator to assign you.")));
	}

	static String cycleText(StatementPolicy policy) {
		return "Letters go out monthly on day " + policy.cycleDay() + ": a statement first, a reminder at least "
				+ policy.reminderAfterDays() + " days later, the final notice at least " + policy.finalNoticeAfterDays()
				+ " days after the reminder; collections " + policy.collectionsWaitDays()
				+ " days after the final notice. Balances under " + Formats.money(policy.minimumBalance())
				+ " get no letter; payment is due " + policy.dueDays() + " days after the statement date.";
	}

	private void show(ClientId client) {
		this.grid.setId("statement-runs-grid");
		this.grid.addColumn((run) -> Formats.date(run.runOn())).setHeader("Run on").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((run) -> run.cycle().toString()).setHeader("Cycle").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((run) -> (run.trigger() == RunTrigger.SCHEDULED) ? "Monthly" : "On demand")
			.setHeader("Kind")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(StatementRun::startedBy).setHeader("Started by").setAutoWidth(true);
		count("Accounts", (run) -> run.counts().accounts());
		count("Letters", (run) -> run.counts().sent());
		this.grid.addColumn((run) -> Formats.money(run.counts().totalDue()))
			.setHeader("Total due")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		count("Address missing", (run) -> run.counts().skipped(SkipReason.ADDRESS_MISSING));
		count("Skipped", (run) -> run.counts().skipped().values().stream().mapToInt(Integer::intValue).sum());
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText("No statement run yet");
		this.grid.asSingleSelect().addValueChangeListener((event) -> {
			if (event.getValue() != null) {
				showDetail(client, event.getValue());
			}
		});
		this.detail.setId("run-detail");
		this.detail.setPadding(false);
		add(this.grid, this.detail);
		load(client);
	}

	private void count(String header, java.util.function.ToIntFunction<StatementRun> value) {
		this.grid.addColumn((run) -> Formats.count(value.applyAsInt(run)))
			.setHeader(header)
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
	}

	private void load(ClientId client) {
		List<StatementRun> newest = this.runs.runs(client, LIMIT);
		this.grid.setItems(newest);
		if (!newest.isEmpty()) {
			this.grid.select(newest.getFirst());
		}
	}

	private void runNow(ClientId client, Button button) {
		try {
			StatementRun run = this.runs.runNow(client);
			Notification.show("Statement run done: " + Formats.count(run.counts().sent()) + " letters, "
					+ Formats.money(run.counts().totalDue()) + " due");
			load(client);
		}
		finally {
			button.setEnabled(true);
		}
	}

	private void showDetail(ClientId client, StatementRun run) {
		this.detail.removeAll();
		Span summary = new Span(summary(run));
		summary.setId("run-summary");
		HorizontalLayout downloads = new HorizontalLayout();
		downloads.setAlignItems(FlexComponent.Alignment.BASELINE);
		long runId = run.id();
		StatementRuns service = this.runs;
		if (run.counts().sent() > 0) {
			downloads.add(download("Print file (PDF)", "print-file", "statement-run-" + runId + ".pdf",
					"application/pdf", () -> service.printFile(client, runId)));
		}
		downloads.add(download("Result (CSV)", "run-result", "statement-run-" + runId + ".csv", "text/csv",
				() -> service.resultCsv(client, runId)));
		Grid<SkippedAccount> skipped = new Grid<>();
		skipped.setId("skipped-grid");
		skipped.addColumn((skip) -> (skip.accountNumber() != null) ? skip.accountNumber() : "")
			.setHeader("Account")
			.setAutoWidth(true)
			.setFlexGrow(0);
		skipped.addColumn(SkippedAccount::name).setHeader("Patient").setAutoWidth(true);
		skipped.addColumn((skip) -> Formats.money(skip.balance()))
			.setHeader("Balance")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		skipped.addColumn((skip) -> skip.reason().label()).setHeader("Reason").setAutoWidth(true).setFlexGrow(0);
		skipped.addColumn(SkippedAccount::detail)
			.setHeader("Detail")
			.setTooltipGenerator(SkippedAccount::detail)
			.setFlexGrow(1);
		skipped.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		skipped.setEmptyStateText("Every patient due a letter got one");
		skipped.setHeight("24em");
		List<SkippedAccount> all = this.runs.skipped(client, runId);
		skipped.setItems(all);
		Select<SkipReason> reason = new Select<>();
		reason.setId("skip-reason-filter");
		reason.setLabel("Reason");
		reason.setEmptySelectionAllowed(true);
		reason.setEmptySelectionCaption("All reasons");
		reason.setItems(run.counts().skipped().keySet().stream().sorted().toList());
		reason.setItemLabelGenerator((value) -> (value != null)
				? value.label() + " (" + Formats.count(run.counts().skipped(value)) + ")" : "All reasons");
		reason.addValueChangeListener((change) -> skipped.setItems((change.getValue() == null) ? all
				: all.stream().filter((skip) -> skip.reason() == change.getValue()).toList()));
		H4 title = new H4("Run " + runId + " of cycle " + run.cycle());
		this.detail.add(title, summary, downloads, reason, skipped);
	}

	static String summary(StatementRun run) {
		Map<SkipReason, Integer> skipped = run.counts().skipped();
		int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
		String reasons = skipped.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> Formats.count(entry.getValue()) + " " + entry.getKey().label().toLowerCase())
			.collect(Collectors.joining(", "));
		return Formats.count(run.counts().sent()) + ((run.counts().sent() == 1) ? " letter" : " letters") + " printed, "
				+ Formats.money(run.counts().totalDue()) + " due; " + Formats.count(total) + " of "
				+ Formats.count(run.counts().accounts()) + " accounts skipped"
				+ (reasons.isEmpty() ? "." : ": " + reasons + ".");
	}

	private static Anchor download(String text, String id, String fileName, String type,
			java.util.function.Supplier<byte[]> content) {
		Anchor anchor = new Anchor();
		anchor.setHref(DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = content.get();
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
		}), AttachmentType.DOWNLOAD);
		anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
		anchor.add(" " + text);
		anchor.setId(id);
		anchor.addClassName(LumoUtility.Margin.Right.MEDIUM);
		return anchor;
	}

}

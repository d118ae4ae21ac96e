package io.ardesk.jobs.ui;

import java.time.Duration;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.ardesk.jobs.BackgroundJobs;
import io.ardesk.jobs.ClientJobRun;
import io.ardesk.jobs.RecurringJobSummary;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Every recurring job with its schedule, next and last run and how its per-client runs
 * ended; a click shows the last run per client (duration, outcome, error); "Run now"
 * enqueues the trigger at once.
 */
@Route("admin/jobs")
@PageTitle("Background jobs · ARdesk")
@Menu(order = 91, title = "Background jobs", icon = "COGS")
@RolesAllowed("FIRM_ADMIN")
public class JobsView extends VerticalLayout {

	private final BackgroundJobs jobs;

	private final ZoneId zone;

	private final Grid<RecurringJobSummary> recurring = new Grid<>();

	private final Grid<ClientJobRun> runs = new Grid<>();

	private final H3 runsTitle = new H3("Last run per client");

	public JobsView(BackgroundJobs jobs, ClientDirectory directory) {
		this.jobs = jobs;
		this.zone = directory.firm().timeZone();
		setPadding(true);
		setSizeFull();
		this.recurring.setId("recurring-jobs");
		this.recurring.addColumn(RecurringJobSummary::name)
			.setHeader("Job")
			.setFlexGrow(1)
			.setTooltipGenerator(RecurringJobSummary::name);
		// The cron is read in its own zone; the times are shown in the firm's.
		this.recurring.addColumn((j) -> j.schedule() + " (" + j.zone().replace("Etc/", "") + ")")
			.setHeader("Schedule (cron)")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.recurring.addColumn((j) -> when(j.lastRun()))
			.setHeader("Last run (" + zoneName() + ")")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.recurring.addColumn((j) -> when(j.nextRun()))
			.setHeader("Next run (" + zoneName() + ")")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.recurring.addColumn(RecurringJobSummary::clientsSucceeded)
			.setHeader("Succeeded")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.recurring.addColumn(RecurringJobSummary::clientsFailed)
			.setHeader("Failed")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.recurring.addComponentColumn((j) -> {
			Button run = new Button("Run now", (click) -> {
				jobs.runNow(j.id());
				Notification.show(j.name() + ": enqueued", 3000, Notification.Position.BOTTOM_START);
			});
			run.setId("run-" + j.id());
			run.addThemeVariants(ButtonVariant.LUMO_SMALL);
			return run;
		}).setHeader("").setAutoWidth(true).setFlexGrow(0);
		this.recurring.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.recurring.setAllRowsVisible(true);
		this.recurring.asSingleSelect().addValueChangeListener((change) -> showRuns(change.getValue()));

		this.runs.setId("client-job-runs");
		this.runs.addColumn(ClientJobRun::subject).setHeader("Client or user").setAutoWidth(true);
		this.runs.addColumn((r) -> r.outcome().label()).setHeader("Outcome").setAutoWidth(true);
		this.runs.addColumn((r) -> Formats.dateTime(r.at(), this.zone)).setHeader("Started").setAutoWidth(true);
		this.runs.addColumn((r) -> duration(r.duration()))
			.setHeader("Duration")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		this.runs.addColumn((r) -> (r.error() != null) ? r.error() : "").setHeader("Error").setFlexGrow(1);
		this.runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.runs.setEmptyStateComponent(new Span("Pick a job above to see its last run per client."));
		Button refresh = new Button("Refresh", (click) -> load());
		refresh.setId("refresh-jobs");
		refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		add(new H2("Background jobs"), refresh, this.recurring, this.runsTitle, this.runs);
		setFlexGrow(1, this.runs);
		load();
	}

	private void load() {
		RecurringJobSummary selected = this.recurring.asSingleSelect().getValue();
		this.recurring.setItems(this.jobs.recurringJobs());
		showRuns(selected);
	}

	private void showRuns(@Nullable RecurringJobSummary job) {
		if (job == null) {
			this.runsTitle.setText("Last run per client");
			this.runs.setItems();
			return;
		}
		this.runsTitle.setText("Last run per client: " + job.name());
		this.runs.setItems(this.jobs.lastRuns(job.id()));
	}

	private String when(java.time.@Nullable Instant instant) {
		return (instant != null) ? Formats.dateTime(instant, this.zone) : "—";
	}

	private static String duration(@Nullable Duration duration) {
		if (duration == null) {
			return "";
		}
		long millis = duration.toMillis();
		return (millis < 1000) ? millis + " ms" : String.format("%.1f s", millis / 1000.0);
	}

	/** The firm's time zone as people say it ("ET"). */
	private String zoneName() {
		return this.zone.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.US);
	}

}

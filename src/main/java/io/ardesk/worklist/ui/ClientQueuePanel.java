package io.ardesk.worklist.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.ardesk.portal.ActiveClient;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.ClientTeam;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.PracticeHolds;
import io.ardesk.worklist.PracticeWait;
import io.ardesk.worklist.QueueExport;
import io.ardesk.worklist.QueueFilter;
import io.ardesk.worklist.QueueTotals;
import io.ardesk.worklist.SavedFilters;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import org.jspecify.annotations.Nullable;

/**
 * The active client's queue, narrowed by owner and the usual filters, with an owner
 * column; claims picked here can be handed to a specialist in one go (a specialist only
 * hands on their own), and a manager can set their next action together.
 */
class ClientQueuePanel extends VerticalLayout {

	private final WorkQueue queue;

	private final ClientId client;

	private final WorkItemGrid grid;

	private final QueueFilterBar filters;

	private final Span count = new Span();

	private final WorkListContext context;

	private QueueTotals totals = QueueTotals.NONE;

	ClientQueuePanel(WorkQueue queue, ActiveClient activeClient, ClientTeam team, String me, boolean manager,
			Consumer<WorkItem> open, WorkListContext context, QueueExport export, SavedFilters saved,
			PracticeHolds holds) {
		this.queue = queue;
		this.context = context;
		this.client = activeClient.id().orElseThrow();
		setPadding(false);
		setSpacing(false);
		setSizeFull();
		List<String> specialists = team.specialistsOf(this.client);
		this.filters = new QueueFilterBar("queue", specialists, manager ? null : me, manager, saved);
		this.grid = new WorkItemGrid(false, true, open);
		this.grid.setId("client-queue-grid");
		this.grid.setSizeFull();
		this.grid.setEmptyStateComponent(new Span("No claims of this client are due."));
		this.count.setId("client-queue-count");
		this.count.getStyle().set("color", "var(--lumo-secondary-text-color, #5c6470)").set("font-weight", "600");
		this.filters.onChange(this::load);
		HorizontalLayout tools = new HorizontalLayout(this.count, ExportLinks.of("client-queue",
				(format) -> export.clientQueue(this.client, this.filters.filter(null), format)));
		tools.setAlignItems(FlexComponent.Alignment.BASELINE);
		tools.add(waiting(holds.waitingOnPractice(this.client)));
		if (activeClient.mayChange()) {
			tools.add(assignControls(specialists));
			if (manager) {
				tools.add(nextActionControls());
			}
		}
		add(this.filters, tools, this.grid);
		setFlexGrow(1, this.grid);
		load();
	}

	private HorizontalLayout assignControls(List<String> specialists) {
		this.grid.setSelectionMode(Grid.SelectionMode.MULTI);
		ComboBox<String> assignee = new ComboBox<>();
		assignee.setPlaceholder("Assign to…");
		assignee.setId("assignee");
		assignee.setItems(specialists);
		assignee.setWidth("10em");
		Button assign = new Button("Assign", (click) -> assign(assignee.getValue()));
		assign.setId("assign-claims");
		HorizontalLayout controls = new HorizontalLayout(assignee, assign);
		controls.setAlignItems(FlexComponent.Alignment.BASELINE);
		return controls;
	}

	private HorizontalLayout nextActionControls() {
		DatePicker date = new DatePicker();
		date.setId("bulk-next-action");
		date.setPlaceholder("Next action");
		date.setLocale(Locale.US);
		date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("MM/dd/yyyy"));
		date.setWidth("9em");
		Button set = new Button("Set next action", (click) -> setNextAction(date.getValue()));
		set.setId("set-next-action");
		HorizontalLayout controls = new HorizontalLayout(date, set);
		controls.setAlignItems(FlexComponent.Alignment.BASELINE);
		return controls;
	}

	private void assign(@Nullable String specialist) {
		List<String> claims = this.grid.getSelectedItems().stream().map(WorkItem::claimNumber).toList();
		if (claims.isEmpty() || specialist == null) {
			Notification.show("Pick claims in the list and a specialist first.");
			return;
		}
		try {
			int changed = this.queue.assign(this.client, claims, specialist);
			Notification.show(changed + ((changed == 1) ? " claim" : " claims") + " assigned to " + specialist)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			load();
		}
		catch (ClientAccessDeniedException | DomainException ex) {
			Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private void setNextAction(@Nullable LocalDate date) {
		List<String> claims = this.grid.getSelectedItems().stream().map(WorkItem::claimNumber).toList();
		if (claims.isEmpty() || date == null) {
			Notification.show("Pick claims in the list and a date first.");
			return;
		}
		try {
			int changed = this.queue.setNextAction(this.client, claims, date);
			Notification.show("Next action set on " + changed + ((changed == 1) ? " claim" : " claims"))
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			load();
		}
		catch (ClientAccessDeniedException | DomainException ex) {
			Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private void load() {
		QueueFilter filter = this.filters.filter(null);
		this.context.clientQueue(this.client, filter);
		this.totals = this.queue.totals(this.client, filter);
		this.count.setText(MyWorkView.describe(this.totals));
		this.grid.deselectAll();
		this.grid.setItems(
				(query) -> this.queue.page(this.client, filter, query.getOffset(), query.getLimit()).items().stream(),
				(query) -> (int) Math.min(Integer.MAX_VALUE, this.totals.count()));
	}

	/** The practice's roll-up: claims waiting on it for documents, and for how long. */
	private static Span waiting(PracticeWait wait) {
		Span span = new Span((wait.claims() == 0) ? "Waiting on the practice: none"
				: "Waiting on the practice: " + io.ardesk.shared.ui.Formats.count(wait.claims()) + " claims, "
						+ io.ardesk.shared.ui.Formats.money(wait.balance()) + ", oldest " + wait.oldestDays()
						+ " days (" + wait.overDays() + " over the trend threshold)");
		span.setId("waiting-on-practice");
		span.getElement().setAttribute("title", "Claims with an open document request to the practice");
		return span;
	}

}

package io.ardesk.worklist.ui;

import java.util.List;
import java.util.TreeSet;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.Command;
import io.ardesk.portal.ActiveClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.Role;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientSummary;
import io.ardesk.worklist.PracticeHolds;
import io.ardesk.worklist.QueueExport;
import io.ardesk.worklist.QueueFilter;
import io.ardesk.worklist.QueueTotals;
import io.ardesk.worklist.SavedFilters;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where a specialist starts the day: their claims due today across all their clients,
 * best first, each with the reasons for its place; the count and balance cover every due
 * claim, and the grid pages through all of them. The second tab is the active client's
 * whole queue, for handing claims out. The grid takes the keyboard at once: arrows to
 * move, Enter to open.
 */
@Route("work")
@PageTitle("My work · ARdesk")
@Menu(order = 1, title = "My work", icon = "TASKS")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class MyWorkView extends VerticalLayout {

	static final String EMPTY = "Nothing due today. Claims come back on their next action date.";

	private final ActiveClient activeClient;

	private final WorkListContext context;

	public MyWorkView(WorkQueue queue, ActiveClient activeClient, ClientTeam team, ClientAccess access,
			WorkListContext context, QueueExport export, SavedFilters saved, PracticeHolds holds) {
		this.activeClient = activeClient;
		this.context = context;
		setPadding(true);
		setSpacing(false);
		setSizeFull();
		CurrentUser user = access.currentUser().orElse(null);
		String me = (user != null) ? user.username() : "";
		boolean manager = user != null && (user.role() == Role.ACCOUNT_MANAGER || user.role() == Role.FIRM_ADMIN);
		H2 title = new H2("My work");
		title.getStyle().set("margin", "0");
		add(title);
		TabSheet tabs = new TabSheet();
		tabs.setId("work-tabs");
		tabs.setSizeFull();
		tabs.add("My work", myWork(queue, team, user, me, manager, export, saved));
		// Queues are staff work lists: client viewers only ever see their claims.
		if (activeClient.mayChange()) {
			activeClient.current()
				.ifPresent((client) -> tabs.add("Client queue · " + client.name(), new ClientQueuePanel(queue,
						activeClient, team, me, manager, this::open, context, export, saved, holds)));
		}
		add(tabs);
		setFlexGrow(1, tabs);
	}

	private VerticalLayout myWork(WorkQueue queue, ClientTeam team, CurrentUser user, String me, boolean manager,
			QueueExport export, SavedFilters saved) {
		List<String> owners = null;
		if (manager && user != null) {
			TreeSet<String> names = new TreeSet<>();
			for (ClientSummary client : user.clients()) {
				names.addAll(team.specialistsOf(client.id()));
			}
			names.add(me);
			owners = List.copyOf(names);
		}
		QueueFilterBar filters = new QueueFilterBar("my-work", owners, me, manager, saved);
		WorkItemGrid grid = new WorkItemGrid(true, false, this::open);
		grid.setId("my-work-grid");
		grid.setSizeFull();
		grid.setEmptyStateComponent(new Span(EMPTY));
		Span count = new Span();
		count.setId("my-work-count");
		count.getStyle().set("color", "var(--lumo-secondary-text-color, #5c6470)").set("font-weight", "600");
		QueueTotals[] totals = { QueueTotals.NONE };
		Runnable load = () -> {
			QueueFilter filter = filters.filter(null);
			this.context.myWork(filter);
			totals[0] = queue.myWork(filter, 0, 1).totals();
			count.setText(describe(totals[0]));
			grid.setItems((query) -> queue.myWork(filter, query.getOffset(), query.getLimit()).items().stream(),
					(query) -> (int) Math.min(Integer.MAX_VALUE, totals[0].count()));
		};
		filters.onChange(load);
		load.run();
		HorizontalLayout summary = new HorizontalLayout(count,
				ExportLinks.of("my-work", (format) -> export.myWork(filters.filter(null), format)));
		summary.setAlignItems(FlexComponent.Alignment.BASELINE);
		VerticalLayout panel = new VerticalLayout(filters, summary, grid);
		panel.setPadding(false);
		panel.setSpacing(false);
		panel.setSizeFull();
		panel.setFlexGrow(1, grid);
		// The grid takes the keyboard first: arrow keys and Enter work right away;
		// Alt+G brings it back from the filters.
		grid.addAttachListener((event) -> grid.focusFirstRow());
		Shortcuts.addShortcutListener(panel, (Command) grid::focusFirstRow, Key.KEY_G, KeyModifier.ALT);
		return panel;
	}

	/** "495 claims, $123,456.78 due". */
	static String describe(QueueTotals totals) {
		return Formats.count(totals.count()) + ((totals.count() == 1) ? " claim, " : " claims, ")
				+ Formats.money(totals.balance()) + " due";
	}

	/** The workspace shows the active client: switch to the claim's client first. */
	private void open(WorkItem item) {
		this.activeClient.switchTo(item.client());
		UI.getCurrent().navigate(ClaimWorkspaceView.class, new RouteParameters("claimNumber", item.claimNumber()));
	}

}

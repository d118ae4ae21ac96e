package io.ardesk.worklist.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.ardesk.portal.ActiveClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.CurrentUser;
import io.ardesk.shared.ui.Formats;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import jakarta.annotation.security.PermitAll;

/**
 * Where a specialist starts the day: their claims due today across all their clients,
 * best first, each with the reasons for its place. The second tab is the active client's
 * whole queue, for handing claims out.
 */
@Route("work")
@PageTitle("My work · ARdesk")
@Menu(order = 1, title = "My work", icon = "TASKS")
@PermitAll
public class MyWorkView extends VerticalLayout {

	static final int LOADED = 200;

	static final String EMPTY = "Nothing due today. Claims come back on their next action date.";

	private final ActiveClient activeClient;

	public MyWorkView(WorkQueue queue, ActiveClient activeClient, ClientTeam team, ClientAccess access) {
		this.activeClient = activeClient;
		setPadding(true);
		setSizeFull();
		add(new H2("My work"));
		TabSheet tabs = new TabSheet();
		tabs.setId("work-tabs");
		tabs.setSizeFull();
		tabs.add("My work", myWork(queue));
		String me = access.currentUser().map(CurrentUser::username).orElse("");
		// Queues are staff work lists: client viewers only ever see their claims.
		if (activeClient.mayChange()) {
			activeClient.current()
				.ifPresent((client) -> tabs.add("Client queue · " + client.name(),
						new ClientQueuePanel(queue, activeClient, team, me, this::open)));
		}
		add(tabs);
		setFlexGrow(1, tabs);
	}

	private VerticalLayout myWork(WorkQueue queue) {
		List<WorkItem> items = queue.myWork(LOADED);
		WorkItemGrid grid = new WorkItemGrid(true, this::open);
		grid.setId("my-work-grid");
		grid.setSizeFull();
		grid.setEmptyStateComponent(new Span(EMPTY));
		GridListDataView<WorkItem> rows = grid.setItems(items);
		Span count = new Span();
		count.setId("my-work-count");
		count.getStyle().set("color", "var(--lumo-secondary-text-color, #5c6470)");
		count.setText(Formats.count(items.size()) + ((items.size() == 1) ? " claim due" : " claims due"));
		WorkFilters filters = new WorkFilters(items);
		filters.onChange(() -> {
			rows.setFilter(filters.predicate()::test);
			count.setText(Formats.count(rows.getItemCount()) + " of " + Formats.count(items.size()) + " due claims");
		});
		VerticalLayout panel = new VerticalLayout(filters, count, grid);
		panel.setPadding(false);
		panel.setSizeFull();
		panel.setFlexGrow(1, grid);
		// The grid takes the keyboard first: arrow keys and Enter work right away.
		grid.focus();
		return panel;
	}

	/** The workspace shows the active client: switch to the claim's client first. */
	private void open(WorkItem item) {
		this.activeClient.switchTo(item.client());
		UI.getCurrent().navigate(ClaimWorkspaceView.class, new RouteParameters("claimNumber", item.claimNumber()));
	}

}

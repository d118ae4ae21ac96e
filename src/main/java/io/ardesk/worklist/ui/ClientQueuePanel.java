package io.ardesk.worklist.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.ardesk.portal.ActiveClient;
import io.ardesk.security.ClientTeam;
import io.ardesk.tenancy.ClientId;
import io.ardesk.worklist.WorkItem;
import io.ardesk.worklist.WorkQueue;
import org.jspecify.annotations.Nullable;

/**
 * The active client's queue, narrowed to my claims, unassigned ones or everyone's; claims
 * picked here can be handed to one of the client's specialists in one go.
 */
class ClientQueuePanel extends VerticalLayout {

	enum OwnerFilter {

		MINE("My claims"), UNASSIGNED("Unassigned"), EVERYONE("Everyone's");

		private final String label;

		OwnerFilter(String label) {
			this.label = label;
		}

	}

	private final WorkQueue queue;

	private final ClientId client;

	private final String me;

	private final Select<OwnerFilter> owner = new Select<>();

	private final WorkItemGrid grid;

	ClientQueuePanel(WorkQueue queue, ActiveClient activeClient, ClientTeam team, String me, Consumer<WorkItem> open) {
		this.queue = queue;
		this.client = activeClient.id().orElseThrow();
		this.me = me;
		setPadding(false);
		setSizeFull();
		this.grid = new WorkItemGrid(false, open);
		this.grid.setId("client-queue-grid");
		this.grid.setSizeFull();
		this.grid.setEmptyStateComponent(new Span("No claims of this client are due."));
		this.owner.setId("queue-owner");
		this.owner.setLabel("Owner");
		this.owner.setItems(OwnerFilter.values());
		this.owner.setItemLabelGenerator((filter) -> filter.label);
		this.owner.setValue(OwnerFilter.EVERYONE);
		this.owner.addValueChangeListener((event) -> load());
		HorizontalLayout tools = new HorizontalLayout(this.owner);
		tools.setAlignItems(FlexComponent.Alignment.BASELINE);
		if (activeClient.mayChange()) {
			tools.add(assignControls(team.specialistsOf(this.client)));
		}
		add(tools, this.grid);
		setFlexGrow(1, this.grid);
		load();
	}

	private HorizontalLayout assignControls(List<String> specialists) {
		this.grid.setSelectionMode(Grid.SelectionMode.MULTI);
		ComboBox<String> assignee = new ComboBox<>("Assign to…");
		assignee.setId("assignee");
		assignee.setItems(specialists);
		Button assign = new Button("Assign", (click) -> assign(assignee.getValue()));
		assign.setId("assign-claims");
		HorizontalLayout controls = new HorizontalLayout(assignee, assign);
		controls.setAlignItems(FlexComponent.Alignment.BASELINE);
		return controls;
	}

	private void assign(@Nullable String specialist) {
		List<String> claims = this.grid.getSelectedItems().stream().map(WorkItem::claimNumber).toList();
		if (claims.isEmpty() || specialist == null) {
			Notification.show("Pick claims in the list and a specialist first.");
			return;
		}
		int changed = this.queue.assign(this.client, claims, specialist);
		Notification.show(changed + ((changed == 1) ? " claim" : " claims") + " assigned to " + specialist);
		load();
	}

	private void load() {
		String filter = switch (this.owner.getValue()) {
			case MINE -> this.me;
			case UNASSIGNED -> "";
			case EVERYONE -> null;
		};
		this.grid.deselectAll();
		this.grid.setItems(this.queue.clientQueue(this.client, filter, MyWorkView.LOADED));
	}

}

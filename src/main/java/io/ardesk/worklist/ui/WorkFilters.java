package io.ardesk.worklist.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.ardesk.worklist.WorkItem;

/**
 * Narrows the loaded queue by client, payer and deadline, in the browser session only:
 * the queue order itself never changes.
 */
class WorkFilters extends HorizontalLayout {

	private final ComboBox<String> client = new ComboBox<>("Client");

	private final ComboBox<String> payer = new ComboBox<>("Payer");

	private final Checkbox urgent = new Checkbox("Deadline within " + WorkFormats.URGENT_DAYS + " days");

	WorkFilters(List<WorkItem> items) {
		this.client.setId("filter-client");
		this.client.setItems(items.stream().map(WorkItem::clientName).distinct().sorted().toList());
		this.client.setClearButtonVisible(true);
		this.client.setPlaceholder("All clients");
		this.payer.setId("filter-payer");
		this.payer.setItems(items.stream().map(WorkItem::payer).distinct().sorted().toList());
		this.payer.setClearButtonVisible(true);
		this.payer.setPlaceholder("All payers");
		this.urgent.setId("filter-urgent");
		setAlignItems(FlexComponent.Alignment.BASELINE);
		add(this.client, this.payer, this.urgent);
	}

	void onChange(Runnable changed) {
		this.client.addValueChangeListener((event) -> changed.run());
		this.payer.addValueChangeListener((event) -> changed.run());
		this.urgent.addValueChangeListener((event) -> changed.run());
	}

	Predicate<WorkItem> predicate() {
		String clientName = this.client.getValue();
		String payerName = this.payer.getValue();
		boolean urgentOnly = this.urgent.getValue();
		return (item) -> (clientName == null || Objects.equals(clientName, item.clientName()))
				&& (payerName == null || Objects.equals(payerName, item.payer()))
				&& (!urgentOnly || WorkFormats.urgent(item.deadline()));
	}

}

package io.ardesk.portal.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.ardesk.portal.ActiveClient;
import io.ardesk.tenancy.ClientSummary;

/**
 * Picks the client practice to work on. Lists only the user's clients; a user with one
 * client just sees its name.
 */
class ClientSwitcher extends Composite<HorizontalLayout> {

	ClientSwitcher(ActiveClient activeClient) {
		List<ClientSummary> clients = activeClient.reachable();
		HorizontalLayout layout = getContent();
		layout.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
		layout.setId("client-switcher");
		if (clients.isEmpty()) {
			layout.add(new Span("No client assigned"));
			return;
		}
		if (clients.size() == 1) {
			Span name = new Span(clients.getFirst().name());
			name.addClassName("active-client");
			name.getStyle().set("font-weight", "600");
			layout.add(name);
			return;
		}
		Select<ClientSummary> select = new Select<>();
		select.setAriaLabel("Client");
		select.setItems(clients);
		select.setItemLabelGenerator(ClientSummary::name);
		select.setWidth("18em");
		activeClient.current().ifPresent(select::setValue);
		select.addValueChangeListener((change) -> {
			if (change.isFromClient() && change.getValue() != null) {
				activeClient.switchTo(change.getValue().id());
				// Every view reads the active client when it is built: a reload shows the
				// new one.
				UI.getCurrent().getPage().reload();
			}
		});
		layout.add(select);
	}

}

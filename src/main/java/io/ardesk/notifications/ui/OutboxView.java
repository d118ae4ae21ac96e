package io.ardesk.notifications.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.ardesk.notifications.Notifications;
import io.ardesk.notifications.OutboxMessage;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every e-mail the portal wrote, newest first: sent, waiting, or (with no mail server
 * configured) kept here so that nothing is lost.
 */
@Route("admin/mail-outbox")
@PageTitle("Mail outbox · ARdesk")
@Menu(order = 92, title = "Mail outbox", icon = "ENVELOPE_O")
@RolesAllowed("FIRM_ADMIN")
public class OutboxView extends VerticalLayout {

	public OutboxView(Notifications notifications, ClientDirectory directory) {
		setPadding(true);
		setSizeFull();
		ZoneId zone = directory.firm().timeZone();
		List<OutboxMessage> messages = notifications.outbox(500);
		Grid<OutboxMessage> grid = new Grid<>();
		grid.setId("mail-outbox");
		grid.addColumn((m) -> Formats.dateTime(m.createdAt(), zone)).setHeader("Written").setAutoWidth(true);
		grid.addColumn(OutboxMessage::recipient).setHeader("User").setAutoWidth(true);
		grid.addColumn((m) -> (m.address() != null) ? m.address() : "(no address)")
			.setHeader("Address")
			.setAutoWidth(true);
		grid.addColumn(OutboxMessage::subject).setHeader("Subject").setFlexGrow(1);
		grid.addColumn((m) -> (m.sentAt() != null) ? "Sent " + Formats.dateTime(m.sentAt(), zone)
				: (m.lastError() != null) ? "Not sent: " + m.lastError() : "Kept in the outbox")
			.setHeader("State")
			.setAutoWidth(true);
		grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>((m) -> new Pre(m.body())));
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setEmptyStateComponent(new Span("No e-mail written yet."));
		Span count = new Span(Formats.count(messages.size()) + " messages (newest 500); click one to read it");
		count.setId("mail-outbox-count");
		add(new H2("Mail outbox"), count, grid);
		setFlexGrow(1, grid);
		grid.setItems(messages);
	}

}

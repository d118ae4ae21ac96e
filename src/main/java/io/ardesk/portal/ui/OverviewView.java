package io.ardesk.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import io.ardesk.portal.ActiveClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.Role;
import io.ardesk.portal.ClientProfiles;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientProfile;

/** The active client at a glance: who they are and what the firm promised them. */
@Route("")
@PageTitle("Overview · ARdesk")
@Menu(order = 0, title = "Overview", icon = "HOME")
@PermitAll
public class OverviewView extends VerticalLayout implements BeforeEnterObserver {

	private final boolean practice;

	public OverviewView(ActiveClient activeClient, ClientProfiles profiles, ClientAccess access) {
		setPadding(true);
		this.practice = access.currentUser().map((user) -> user.role() == Role.CLIENT_VIEWER).orElse(false);
		if (!this.practice) {
			activeClient.id().map(profiles::profile).ifPresentOrElse(this::show, this::showNoClient);
		}
	}

	/** A client practice lands on its own dashboard, not on the firm's overview. */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.practice) {
			event.forwardTo(MainLayout.PracticePage.HOME);
		}
	}

	private void show(ClientProfile client) {
		H2 title = new H2(client.name());
		title.setId("client-name");
		Paragraph subtitle = new Paragraph(((client.specialty() != null) ? client.specialty() + " · " : "")
				+ "Time zone " + client.timeZone().getId() + " · Aging by "
				+ ((client.agingBasis() == io.ardesk.tenancy.AgingBasis.DATE_OF_SERVICE) ? "date of service"
						: "submission date"));
		subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
		FlexLayout cards = new FlexLayout(card("Days in A/R target", client.sla().daysInArTarget() + " days"),
				card("A/R over 90 days, at most", Formats.percent(client.sla().maxPercentOver90())),
				card("Touch every open claim", "every " + client.sla().touchCadenceDays() + " days"),
				card("Acknowledge escalations", "within " + client.sla().escalationAcknowledgeHours() + " hours"),
				card("Resolve escalations", "within " + client.sla().escalationResolveDays() + " days"),
				card("High-value claim from", Formats.money(client.highValueThreshold())));
		cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		cards.getStyle().set("gap", "var(--lumo-space-m)");
		add(title, subtitle, new H3("Service levels"), cards);
	}

	private void showNoClient() {
		add(new H2("No client yet"), new Paragraph(
				"You are not assigned to any client practice. Ask your firm administrator to assign you."));
	}

	private static Div card(String label, String value) {
		Span caption = new Span(label);
		caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		Span figure = new Span(value);
		figure.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
		Div card = new Div(caption, new Div(figure));
		card.getStyle()
			.set("padding", "var(--lumo-space-m)")
			.set("border", "1px solid var(--lumo-contrast-10pct)")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("min-width", "14em");
		return card;
	}

}

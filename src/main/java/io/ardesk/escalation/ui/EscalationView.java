package io.ardesk.escalation.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.ardesk.escalation.Escalation;
import io.ardesk.escalation.EscalationNotFoundException;
import io.ardesk.escalation.EscalationStatus;
import io.ardesk.escalation.Escalations;
import io.ardesk.portal.ActiveClient;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * One escalation of the active client: what the practice asked, the deadlines, and who
 * did what. The client's staff acknowledge, start and resolve it here (resolution note
 * the practice sees, internal note it does not).
 */
@Route("escalations/:id")
@PageTitle("Escalation · ARdesk")
@PermitAll
public class EscalationView extends VerticalLayout implements BeforeEnterObserver {

	private final Escalations escalations;

	private final ActiveClient activeClient;

	private final ZoneId zone;

	public EscalationView(Escalations escalations, ActiveClient activeClient, ClientDirectory directory) {
		this.escalations = escalations;
		this.activeClient = activeClient;
		this.zone = directory.firm().timeZone();
		setPadding(true);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		ClientId client = this.activeClient.id().orElse(null);
		long id;
		try {
			id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
		}
		catch (NumberFormatException ex) {
			id = -1;
		}
		show(client, id, null);
	}

	private void show(@Nullable ClientId client, long id, @Nullable String error) {
		removeAll();
		add(new RouterLink("← Escalations", EscalationsView.class));
		Escalation escalation = null;
		if (client != null && id > 0) {
			try {
				escalation = this.escalations.get(client, id);
			}
			catch (EscalationNotFoundException ex) {
				escalation = null;
			}
		}
		if (client == null || escalation == null) {
			H2 title = new H2("Escalation not found");
			title.setId("escalation-not-found");
			add(title, new Paragraph("There is no such escalation for this client."));
			return;
		}
		H2 title = new H2("Escalation " + escalation.id() + " · claim " + escalation.claimNumber());
		title.setId("escalation-title");
		Span status = new Span(escalation.status().label());
		status.setId("escalation-status");
		status.getElement()
			.getThemeList()
			.add("badge " + ((escalation.status() == EscalationStatus.RESOLVED) ? "success" : "contrast"));
		Anchor claim = new Anchor("claims/" + escalation.claimNumber(), "Claim");
		HorizontalLayout heading = new HorizontalLayout(title, status, claim);
		heading.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(heading, facts(escalation));
		if (error != null) {
			Span problem = new Span(error);
			problem.setId("escalation-error");
			problem.getStyle().set("color", "var(--lumo-error-text-color)");
			add(problem);
		}
		if (this.activeClient.mayChange() && escalation.status().isOpen()) {
			add(actions(client, escalation));
		}
	}

	private Div facts(Escalation e) {
		Div facts = new Div(fact("Reason", e.reason().label()),
				fact("Raised", Formats.dateTime(e.raisedAt(), this.zone) + " by " + e.raisedBy()),
				fact("Acknowledge by", Formats.dateTime(e.acknowledgeBy(), this.zone)),
				fact("Resolve by", Formats.dateTime(e.resolveBy(), this.zone)));
		if (e.comment() != null) {
			facts.add(fact("Comment", e.comment()));
		}
		if (e.acknowledgedAt() != null) {
			facts.add(fact("Acknowledged",
					Formats.dateTime(e.acknowledgedAt(), this.zone) + " by " + e.acknowledgedBy()));
		}
		if (e.resolvedAt() != null) {
			facts.add(fact("Resolved", Formats.dateTime(e.resolvedAt(), this.zone) + " by " + e.resolvedBy()));
			facts.add(fact("Resolution", (e.resolution() != null) ? e.resolution() : ""));
		}
		if (e.internalNote() != null) {
			facts.add(fact("Internal note (firm only)", e.internalNote()));
		}
		if (e.ladderStep() != null) {
			facts.add(fact("SLA", e.ladderStep().description()));
		}
		facts.setId("escalation-facts");
		facts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l, 1.5rem)");
		return facts;
	}

	private static Component fact(String label, String value) {
		Span name = new Span(label);
		name.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		Span text = new Span(value);
		VerticalLayout box = new VerticalLayout(name, text);
		box.setPadding(false);
		box.setSpacing(false);
		box.setWidth("auto");
		return box;
	}

	private VerticalLayout actions(ClientId client, Escalation escalation) {
		TextArea resolution = new TextArea("Resolution (the practice sees it)");
		resolution.setId("escalation-resolution");
		resolution.setWidth("28em");
		resolution.setMaxLength(Escalations.MAX_TEXT);
		TextArea internal = new TextArea("Internal note (firm only)");
		internal.setId("escalation-internal-note");
		internal.setWidth("28em");
		internal.setMaxLength(Escalations.MAX_TEXT);
		HorizontalLayout buttons = new HorizontalLayout();
		if (escalation.status() == EscalationStatus.OPEN) {
			Button acknowledge = new Button("Acknowledge", (click) -> act(client, escalation.id(),
					() -> this.escalations.acknowledge(client, escalation.id(), internal.getValue())));
			acknowledge.setId("escalation-acknowledge");
			acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			buttons.add(acknowledge);
		}
		if (escalation.status() != EscalationStatus.IN_PROGRESS) {
			Button start = new Button("Start work", (click) -> act(client, escalation.id(),
					() -> this.escalations.startWork(client, escalation.id(), internal.getValue())));
			start.setId("escalation-start");
			buttons.add(start);
		}
		Button resolve = new Button("Resolve", (click) -> {
			resolution.setInvalid(false);
			try {
				this.escalations.resolve(client, escalation.id(), resolution.getValue(), internal.getValue());
				show(client, escalation.id(), null);
			}
			catch (DomainException ex) {
				if ("note".equals(ex.field())) {
					resolution.setErrorMessage(ex.getMessage());
					resolution.setInvalid(true);
				}
				else {
					show(client, escalation.id(), ex.getMessage());
				}
			}
		});
		resolve.setId("escalation-resolve");
		resolve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
		buttons.add(resolve);
		VerticalLayout box = new VerticalLayout(internal, resolution, buttons);
		box.setPadding(false);
		return box;
	}

	private void act(ClientId client, long id, Runnable action) {
		try {
			action.run();
			show(client, id, null);
		}
		catch (DomainException ex) {
			show(client, id, ex.getMessage());
		}
	}

}

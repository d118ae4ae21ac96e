package io.ardesk.notifications.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification.Position;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.ardesk.notifications.Delivery;
import io.ardesk.notifications.Notification;
import io.ardesk.notifications.NotificationPreference;
import io.ardesk.notifications.Notifications;
import io.ardesk.portal.ActiveClient;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in user's notifications, newest first, unread in bold; a click marks one
 * read and opens its escalation or claim (switching to its client). Below: e-mail address
 * and delivery preference.
 */
@Route("notifications")
@PageTitle("Notifications · ARdesk")
@Menu(order = 5, title = "Notifications", icon = "BELL")
@PermitAll
public class NotificationsView extends VerticalLayout {

	static final String EMPTY = "No notifications yet. Escalations, deadline alerts and digests appear here.";

	private final Notifications notifications;

	private final ActiveClient activeClient;

	private final ClientDirectory directory;

	private final Grid<Notification> grid = new Grid<>();

	private final Checkbox unreadOnly = new Checkbox("Unread only");

	private final Span count = new Span();

	public NotificationsView(Notifications notifications, ActiveClient activeClient, ClientDirectory directory) {
		this.notifications = notifications;
		this.activeClient = activeClient;
		this.directory = directory;
		setPadding(true);
		setSizeFull();
		ZoneId zone = directory.firm().timeZone();
		Button allRead = new Button("Mark all read", (click) -> {
			notifications.markAllRead();
			load();
		});
		allRead.setId("mark-all-read");
		allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.unreadOnly.setId("unread-only");
		this.unreadOnly.addValueChangeListener((change) -> load());
		this.count.setId("notifications-count");
		HorizontalLayout tools = new HorizontalLayout(this.count, this.unreadOnly, allRead);
		tools.setAlignItems(FlexComponent.Alignment.BASELINE);
		this.grid.setId("notifications");
		this.grid.addColumn((n) -> Formats.dateTime(n.createdAt(), zone))
			.setHeader("When")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((n) -> n.kind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(this::clientName).setHeader("Client").setAutoWidth(true).setFlexGrow(0);
		this.grid.addComponentColumn((n) -> {
			Span title = new Span(n.title());
			title.setTitle(n.body());
			if (n.unread()) {
				title.getStyle().set("font-weight", "600");
			}
			return title;
		}).setHeader("What").setFlexGrow(1);
		// A notification about several claims lists them in its text: shown under the row
		// on demand; a click elsewhere in the row opens the client's worklist.
		Grid.Column<Notification> claims = this.grid.addComponentColumn((n) -> {
			if (!lists(n)) {
				return new Span();
			}
			Button toggle = new Button(this.grid.isDetailsVisible(n) ? "Hide claims" : "Show claims");
			toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
			toggle.addClickListener((click) -> {
				this.grid.setDetailsVisible(n, !this.grid.isDetailsVisible(n));
				toggle.setText(this.grid.isDetailsVisible(n) ? "Hide claims" : "Show claims");
			});
			return toggle;
		}).setHeader("Claims").setAutoWidth(true).setFlexGrow(0);
		this.grid.setItemDetailsRenderer(new ComponentRenderer<>((n) -> {
			Span text = new Span(n.body());
			text.getStyle().set("white-space", "pre-line").set("font-size", "var(--lumo-font-size-s)");
			return text;
		}));
		this.grid.setDetailsVisibleOnClick(false);
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setEmptyStateComponent(new Span(EMPTY));
		this.grid.addItemClickListener((click) -> {
			if (click.getColumn() != claims) {
				open(click.getItem());
			}
		});
		add(new H2("Notifications"), tools, this.grid, preferences());
		setFlexGrow(1, this.grid);
		load();
	}

	/** About several claims (no claim of its own, one line per claim in its text). */
	private static boolean lists(Notification notification) {
		return notification.claimNumber() == null && notification.escalationId() == null
				&& notification.body().indexOf('\n') >= 0;
	}

	private void load() {
		List<Notification> items = this.notifications.mine(this.unreadOnly.getValue(), 200);
		this.grid.setItems(items);
		long unread = this.notifications.myUnreadCount();
		this.count.setText(Formats.count(unread) + " unread");
	}

	private String clientName(Notification notification) {
		if (notification.clientId() == null) {
			return "";
		}
		return this.directory.find(ClientId.of(notification.clientId()))
			.map(ClientProfile::name)
			.orElse(notification.clientId());
	}

	private void open(Notification notification) {
		this.notifications.markRead(notification.id());
		String target = NotificationTargets.of(notification);
		if (notification.clientId() != null) {
			try {
				this.activeClient.switchTo(ClientId.of(notification.clientId()));
			}
			catch (DomainException ex) {
				com.vaadin.flow.component.notification.Notification.show(ex.getMessage(), 5000, Position.MIDDLE);
				load();
				return;
			}
		}
		getUI().ifPresent((ui) -> ui.navigate(target));
	}

	private VerticalLayout preferences() {
		NotificationPreference current = this.notifications.myPreference();
		EmailField email = new EmailField("E-mail address");
		email.setId("notification-email");
		email.setValue((current.email() != null) ? current.email() : "");
		email.setWidth("20em");
		Select<Delivery> delivery = new Select<>();
		delivery.setId("notification-delivery");
		delivery.setLabel("E-mail me");
		delivery.setItems(Delivery.values());
		delivery.setItemLabelGenerator(Delivery::label);
		delivery.setValue(current.delivery());
		Button save = new Button("Save", (click) -> {
			email.setInvalid(false);
			try {
				this.notifications
					.updateMyPreference(new NotificationPreference(email.getValue(), delivery.getValue()));
				com.vaadin.flow.component.notification.Notification.show("Saved", 3000, Position.BOTTOM_START);
			}
			catch (DomainException ex) {
				email.setErrorMessage(ex.getMessage());
				email.setInvalid(true);
			}
		});
		save.setId("save-notification-preference");
		HorizontalLayout form = new HorizontalLayout(email, delivery, save);
		form.setAlignItems(FlexComponent.Alignment.BASELINE);
		VerticalLayout section = new VerticalLayout(new H3("How to reach me"), form);
		section.setPadding(false);
		return section;
	}

}

package io.ardesk.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import io.ardesk.notifications.Notifications;
import io.ardesk.portal.NavbarContribution;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the top bar: the unread count, read again at every page change (no polling,
 * which would keep an idle tab from being signed out); a click opens the list.
 */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarContribution {

	private final Notifications notifications;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public com.vaadin.flow.component.Component create() {
		return new Bell(this.notifications);
	}

	static final class Bell extends Button {

		private final transient Notifications notifications;

		private final Span badge = new Span();

		private @Nullable Registration navigation;

		Bell(Notifications notifications) {
			this.notifications = notifications;
			setId("notification-bell");
			setIcon(VaadinIcon.BELL.create());
			addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			this.badge.setId("notification-count");
			this.badge.getElement().getThemeList().add("badge error pill small");
			setSuffixComponent(this.badge);
			addClickListener((click) -> click.getSource().getUI().ifPresent((ui) -> ui.navigate("notifications")));
			refresh();
		}

		@Override
		protected void onAttach(AttachEvent event) {
			super.onAttach(event);
			this.navigation = event.getUI().addAfterNavigationListener((navigated) -> refresh());
		}

		@Override
		protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
			if (this.navigation != null) {
				this.navigation.remove();
			}
			super.onDetach(event);
		}

		void refresh() {
			long unread = this.notifications.myUnreadCount();
			this.badge.setText(Long.toString(unread));
			this.badge.setVisible(unread > 0);
			setTooltipText(unread + " unread notification" + ((unread == 1) ? "" : "s"));
			getElement().setAttribute("aria-label", "Notifications: " + unread + " unread");
		}

	}

}

package io.ardesk.security.internal;

import java.time.Duration;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.ardesk.shared.ArdeskSettings;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.stereotype.Component;

/**
 * The browser's side of automatic logoff ({@link IdleSignOutFilter} is the server's):
 * every session gets the idle timeout as its own timeout (a closed tab ends with it), and
 * a signed-in page whose session ended goes to the login view, which says why. The
 * browser learns it at its next heartbeat, at most a heartbeat interval after the
 * timeout.
 */
@Component
class IdleSignOut implements VaadinServiceInitListener, HttpSessionListener {

	static final String LOGIN = "/login";

	static final String LOGIN_AFTER_IDLE = "/login?idle";

	private final Duration idleTimeout;

	IdleSignOut(ArdeskSettings settings) {
		this.idleTimeout = settings.security().idleTimeout();
	}

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		event.getSession().setMaxInactiveInterval((int) Math.max(1, this.idleTimeout.toSeconds()));
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().setSystemMessagesProvider((info) -> {
			// Asked when a page loads: a signed-in page goes to the login view with the
			// notice, an anonymous one (the login view itself) just reloads.
			VaadinRequest request = info.getRequest();
			boolean signedIn = request != null && request.getUserPrincipal() != null;
			CustomizedSystemMessages messages = new CustomizedSystemMessages();
			messages.setSessionExpiredNotificationEnabled(false);
			messages.setSessionExpiredURL(
					((request != null) ? request.getContextPath() : "") + (signedIn ? LOGIN_AFTER_IDLE : LOGIN));
			return messages;
		});
	}

}

package io.ardesk.security.internal;

import java.time.Duration;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import io.ardesk.shared.ArdeskSettings;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Automatic logoff (HIPAA): a browser without any user action for the idle timeout is
 * signed out, even while its tab stays open. Vaadin's heartbeats keep the HTTP session
 * alive, so the session's own timeout never fires; with {@code vaadin.closeIdleSessions}
 * Vaadin closes its session once no user action came for the session's max inactive
 * interval (set here from {@code ardesk.security.idle-timeout}; opening a page counts as
 * an action too), and this then ends the HTTP session with the sign-in. The browser
 * learns it at its next heartbeat and goes to the login view, which says why.
 */
@Component
class IdleSignOut implements VaadinServiceInitListener, HttpSessionListener {

	private static final Logger log = LoggerFactory.getLogger(IdleSignOut.class);

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
			// notice, an anonymous one (the login view itself, left open) just reloads
			// it.
			VaadinRequest request = info.getRequest();
			boolean signedIn = request != null && request.getUserPrincipal() != null;
			CustomizedSystemMessages messages = new CustomizedSystemMessages();
			messages.setSessionExpiredNotificationEnabled(false);
			messages.setSessionExpiredURL(
					((request != null) ? request.getContextPath() : "") + (signedIn ? LOGIN_AFTER_IDLE : LOGIN));
			return messages;
		});
		event.getSource().addSessionDestroyListener(this::endSignInIfIdle);
		// Vaadin counts only server round trips of a page as activity; opening a page (a
		// sign-in, a link, a reload) is one too.
		event.getSource()
			.addUIInitListener((init) -> init.getUI()
				.addBeforeEnterListener(
						(enter) -> enter.getUI().getSession().setLastRequestTimestamp(System.currentTimeMillis())));
	}

	private void endSignInIfIdle(SessionDestroyEvent event) {
		VaadinSession vaadin = event.getSession();
		VaadinRequest request = VaadinRequest.getCurrent();
		WrappedSession http = (request != null) ? request.getWrappedSession(false) : null;
		if (http == null
				|| System.currentTimeMillis() - vaadin.getLastRequestTimestamp() < this.idleTimeout.toMillis()) {
			// Not closed for idleness (signed out, or the HTTP session itself ended).
			return;
		}
		try {
			Object context = http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			if (context instanceof SecurityContext security && security.getAuthentication() != null) {
				log.info("User {} signed out after {} without activity", security.getAuthentication().getName(),
						this.idleTimeout);
			}
			http.invalidate();
		}
		catch (IllegalStateException alreadyInvalidated) {
			// Nothing left to end.
		}
	}

}

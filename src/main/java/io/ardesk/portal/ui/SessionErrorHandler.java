package io.ardesk.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.problem.ErrorReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The portal's one error handler for every session: what a view did not catch itself. A
 * domain failure is shown with its own message (written for users); anything else is
 * logged once with a reference and shown as "Something went wrong (reference ...)", never
 * with its library or database text.
 */
@Component
class SessionErrorHandler implements VaadinServiceInitListener, ErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener((init) -> init.getSession().setErrorHandler(this));
	}

	@Override
	public void error(ErrorEvent event) {
		Throwable failure = event.getThrowable();
		if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(failure.getClass().getName())) {
			// The browser went away mid-request: nothing to tell anyone.
			log.debug("Client connection closed: {}", failure.getClass().getName());
			return;
		}
		show(messageFor(failure));
	}

	/** What the user reads about a failure; unexpected ones are logged here, once. */
	static String messageFor(Throwable failure) {
		DomainException domain = find(failure, DomainException.class);
		if (domain != null) {
			return domain.getMessage();
		}
		if (find(failure, AccessDeniedException.class) != null) {
			log.info("Refused in the portal: {}", find(failure, AccessDeniedException.class).getMessage());
			return "You may not do this.";
		}
		String reference = ErrorReference.log(log, "in the portal", failure);
		return ErrorReference.userMessage(reference);
	}

	private static void show(String message) {
		if (UI.getCurrent() == null) {
			return;
		}
		Notification notification = Notification.show(message, 10_000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		notification.setId("portal-error");
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		int depth = 0;
		for (Throwable current = failure; current != null && depth++ < 10; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

}

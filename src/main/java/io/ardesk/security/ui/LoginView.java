package io.ardesk.security.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.ardesk.shared.ArdeskSettings;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Sign-in page; Spring Security processes the form. Says why the visitor is here when it
 * knows: signed out after inactivity ({@code ?idle}), a failed sign-in ({@code ?error}),
 * too many failed sign-ins from this address ({@code ?throttled}). Under the demo profile
 * it says that this is a demo and who to sign in as.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · ARdesk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

	private final LoginForm form = new LoginForm();

	private final Paragraph notice = new Paragraph();

	private final ArdeskSettings.Security settings;

	private LoginI18n i18n;

	public LoginView(ArdeskSettings settings, Environment environment) {
		this.settings = settings.security();
		addClassName("login-view");
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		this.form.setI18n(
				i18n("Sign-in failed", "Check your user name and password. After " + this.settings.maxFailedLogins()
						+ " wrong attempts the account is locked for " + duration(this.settings.lockout()) + "."));
		this.form.setForgotPasswordButtonVisible(false);
		this.form.setAction("login");
		H1 brand = new H1("ARdesk");
		brand.getStyle().set("margin", "0").set("color", "var(--lumo-primary-text-color)");
		Paragraph tagline = new Paragraph("Accounts-receivable follow-up for medical billing firms");
		tagline.getStyle().set("color", "var(--lumo-secondary-text-color)");
		this.notice.setId("login-notice");
		this.notice.getStyle()
			.set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("background", "var(--lumo-primary-color-10pct)")
			.set("max-width", "22rem")
			.set("margin", "var(--lumo-space-m) auto 0");
		this.notice.setVisible(false);
		Div card = new Div(brand, tagline, this.notice, this.form);
		card.getStyle().set("text-align", "center");
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			card.add(demoNote());
		}
		add(card);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		if (parameters.containsKey("idle")) {
			this.notice.setText("You were signed out after " + duration(this.settings.idleTimeout())
					+ " without activity. Sign in again to continue.");
			this.notice.setVisible(true);
		}
		if (parameters.containsKey("throttled")) {
			this.i18n = i18n("Too many failed sign-ins",
					"Sign-ins from your network are paused for up to "
							+ duration(this.settings.addressThrottle().window())
							+ " after too many failed attempts. Try again later.");
			this.form.setI18n(this.i18n);
			this.form.setError(true);
		}
		else if (parameters.containsKey("error")) {
			this.form.setError(true);
		}
	}

	/** The texts the form shows (its own getter is not public). */
	LoginI18n texts() {
		return this.i18n;
	}

	private static LoginI18n i18n(String errorTitle, String errorMessage) {
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle("Sign in to ARdesk");
		i18n.getErrorMessage().setTitle(errorTitle);
		i18n.getErrorMessage().setMessage(errorMessage);
		return i18n;
	}

	private static Div demoNote() {
		Div note = new Div();
		note.setId("demo-note");
		note.getStyle()
			.set("font-size", "var(--lumo-font-size-s)")
			.set("color", "var(--lumo-secondary-text-color)")
			.set("max-width", "22rem")
			.set("margin", "0 auto");
		note.add(new Paragraph("This is a demo with made-up practices and patients. Sign in as admin, manager, "
				+ "specialist, specialist2 or a practice's viewer (e.g. viewer.lakeview-ortho); "
				+ "the password is demo."));
		return note;
	}

	/** "30 minutes", "1 hour", "45 seconds". */
	static String duration(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds % 3600 == 0 && seconds >= 3600) {
			return plural(seconds / 3600, "hour");
		}
		if (seconds % 60 == 0 && seconds >= 60) {
			return plural(seconds / 60, "minute");
		}
		return plural(seconds, "second");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

}

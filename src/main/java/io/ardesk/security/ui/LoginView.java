package io.ardesk.security.ui;

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

/** Sign-in page; Spring Security processes the form. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · ARdesk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

	private final LoginForm form = new LoginForm();

	public LoginView() {
		addClassName("login-view");
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle("Sign in to ARdesk");
		i18n.getErrorMessage().setTitle("Sign-in failed");
		i18n.getErrorMessage()
			.setMessage("Check your user name and password. After 5 wrong attempts the account is locked for "
					+ "15 minutes.");
		this.form.setI18n(i18n);
		this.form.setForgotPasswordButtonVisible(false);
		this.form.setAction("login");
		H1 brand = new H1("ARdesk");
		brand.getStyle().set("margin", "0").set("color", "var(--lumo-primary-text-color)");
		Paragraph tagline = new Paragraph("Accounts-receivable follow-up for medical billing firms");
		tagline.getStyle().set("color", "var(--lumo-secondary-text-color)");
		Div card = new Div(brand, tagline, this.form);
		card.getStyle().set("text-align", "center");
		add(card);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
			this.form.setError(true);
		}
	}

}

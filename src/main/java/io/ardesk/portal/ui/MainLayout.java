package io.ardesk.portal.ui;

import java.util.List;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.ardesk.portal.ActiveClient;
import io.ardesk.portal.NavbarContribution;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.Role;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in page: navigation built from the views' {@code @Menu}
 * annotations (so feature modules need not be known here), the client switcher and the
 * user.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

	/** The pages of a client practice's portal, in menu order. */
	static final List<PracticePage> PRACTICE_PAGES = List.of(
			new PracticePage("Dashboard", PracticePage.HOME, VaadinIcon.DASHBOARD),
			new PracticePage("Claims", "claims", VaadinIcon.FILE_TEXT_O),
			new PracticePage("Aging", "aging", VaadinIcon.CHART),
			new PracticePage("Escalations", "escalations", VaadinIcon.FLAG),
			new PracticePage("Documents", "documents", VaadinIcon.FOLDER_OPEN_O),
			new PracticePage("Reports", "reports", VaadinIcon.FILE_O));

	record PracticePage(String title, String path, VaadinIcon icon) {

		/** Where a client viewer lands. */
		static final String HOME = "practice";

	}

	public MainLayout(ActiveClient activeClient, ClientAccess access, AuthenticationContext authentication,
			ObjectProvider<NavbarContribution> contributions) {
		setPrimarySection(Section.DRAWER);
		H1 brand = new H1("ARdesk");
		brand.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "var(--lumo-space-m)");
		boolean practice = access.currentUser().map((user) -> user.role() == Role.CLIENT_VIEWER).orElse(false);
		addToDrawer(brand, new Scroller(practice ? practiceNavigation() : navigation()));

		HorizontalLayout bar = new HorizontalLayout();
		bar.setWidthFull();
		bar.setAlignItems(FlexComponent.Alignment.CENTER);
		bar.getStyle().set("padding-right", "var(--lumo-space-m)");
		Div spacer = new Div();
		bar.add(new DrawerToggle(), new ClientSwitcher(activeClient), spacer);
		bar.setFlexGrow(1, spacer);
		contributions.orderedStream().forEach((contribution) -> bar.add(contribution.create()));
		access.currentUser().ifPresent((user) -> {
			Span who = new Span(user.displayName() + " · " + user.role().label());
			who.addClassName("current-user");
			who.getStyle().set("color", "var(--lumo-secondary-text-color)");
			Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), (click) -> authentication.logout());
			signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			bar.add(who, signOut);
		});
		addToNavbar(bar);
	}

	/**
	 * A client practice's own portal: its pages only, by route string (the pages live in
	 * modules built on this one), whatever else the menu annotations would allow.
	 */
	private static SideNav practiceNavigation() {
		SideNav nav = new SideNav();
		nav.setId("practice-navigation");
		for (PracticePage page : PRACTICE_PAGES) {
			SideNavItem item = new SideNavItem(page.title(), page.path(), page.icon().create());
			nav.addItem(item);
		}
		return nav;
	}

	private static SideNav navigation() {
		SideNav nav = new SideNav();
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			SideNavItem item = new SideNavItem(entry.title(), entry.path());
			if (entry.icon() != null) {
				item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
			}
			nav.addItem(item);
		}
		return nav;
	}

}

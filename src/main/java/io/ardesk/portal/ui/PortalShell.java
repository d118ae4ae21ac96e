package io.ardesk.portal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell of the portal: loads the Lumo theme, whose custom properties
 * ({@code --lumo-space-m}, {@code --lumo-secondary-text-color}, …) and theme variants
 * (primary buttons, badges, striped grids) the views use. Vaadin 25 loads no theme by
 * default.
 */
@StyleSheet(Lumo.STYLESHEET)
public class PortalShell implements AppShellConfigurator {

}

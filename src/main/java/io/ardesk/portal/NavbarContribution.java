package io.ardesk.portal;

import com.vaadin.flow.component.Component;

/**
 * A component a feature module puts into the top bar of every signed-in page (the
 * notification bell), without the portal knowing the module. A Spring bean; called once
 * per page layout, for a new component each time.
 */
public interface NavbarContribution {

	/** A new component for one browser tab's top bar. */
	Component create();

}

package io.ardesk.demodata.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import io.ardesk.demodata.DemoLoad;
import io.ardesk.portal.NavbarContribution;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;

/**
 * While the demo profile's first start is still loading demo AR (after the portal became
 * ready), the top bar says so with its progress, read again at every page change (no
 * polling, which would keep an idle tab from being signed out); it disappears once the
 * load has finished.
 */
@org.springframework.stereotype.Component
@Profile("demo")
class DemoLoadBadge implements NavbarContribution {

	private final DemoLoad load;

	DemoLoadBadge(DemoLoad load) {
		this.load = load;
	}

	@Override
	public com.vaadin.flow.component.Component create() {
		return new Badge(this.load);
	}

	static final class Badge extends HorizontalLayout {

		private final transient DemoLoad load;

		private final Span text = new Span();

		private final ProgressBar bar = new ProgressBar(0, 100);

		private @Nullable Registration navigation;

		Badge(DemoLoad load) {
			this.load = load;
			setId("demo-load");
			setSpacing(false);
			setAlignItems(Alignment.CENTER);
			getStyle().set("gap", "var(--lumo-space-s)")
				.set("padding", "0 var(--lumo-space-s)")
				.set("border-radius", "var(--lumo-border-radius-m)")
				.set("background", "var(--lumo-warning-color-10pct)")
				.set("font-size", "var(--lumo-font-size-s)")
				.set("white-space", "nowrap");
			this.bar.setWidth("6rem");
			this.text.setId("demo-load-text");
			add(this.text, this.bar);
			refresh();
		}

		@Override
		protected void onAttach(AttachEvent event) {
			super.onAttach(event);
			this.navigation = event.getUI().addAfterNavigationListener((navigated) -> refresh());
		}

		@Override
		protected void onDetach(DetachEvent event) {
			if (this.navigation != null) {
				this.navigation.remove();
			}
			super.onDetach(event);
		}

		void refresh() {
			DemoLoad.Progress progress = this.load.progress();
			setVisible(progress.loading());
			if (progress.loading()) {
				this.text.setText("Demo data loading: " + progress.clientsDone() + " of " + progress.clientsTotal()
						+ " clients, " + progress.percent() + " %");
				this.bar.setValue(progress.percent());
				getElement().setAttribute("title",
						"The demo clients' year of AR is still being imported; figures change until it has finished.");
			}
		}

	}

}

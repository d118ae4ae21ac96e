package io.ardesk.demodata.ui;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.ardesk.demodata.DemoLoad;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top bar's note while the demo AR is still loading: what it says, and that it is
 * gone once the load has finished.
 */
class DemoLoadBadgeTest {

	final AtomicReference<DemoLoad.Progress> progress = new AtomicReference<>(new DemoLoad.Progress(true, 1, 3, 45));

	final DemoLoad load = new DemoLoad() {

		@Override
		public Progress progress() {
			return DemoLoadBadgeTest.this.progress.get();
		}

		@Override
		public boolean awaitLoaded(Duration atMost) {
			return !this.progress().loading();
		}

	};

	@Test
	void whileLoadingItSaysHowFarTheLoadIs() {
		DemoLoadBadge.Badge badge = new DemoLoadBadge.Badge(this.load);
		assertThat(badge.isVisible()).isTrue();
		assertThat(text(badge)).isEqualTo("Demo data loading: 1 of 3 clients, 45 %");
		assertThat(bar(badge).getValue()).isEqualTo(45);
	}

	@Test
	void onceLoadedItDisappearsAtTheNextPageChange() {
		DemoLoadBadge.Badge badge = new DemoLoadBadge.Badge(this.load);
		this.progress.set(new DemoLoad.Progress(true, 2, 3, 80));
		badge.refresh();
		assertThat(text(badge)).isEqualTo("Demo data loading: 2 of 3 clients, 80 %");
		this.progress.set(DemoLoad.Progress.IDLE);
		badge.refresh();
		assertThat(badge.isVisible()).isFalse();
	}

	@Test
	void withNothingToLoadItIsNeverShown() {
		this.progress.set(DemoLoad.Progress.IDLE);
		assertThat(new DemoLoadBadge.Badge(this.load).isVisible()).isFalse();
	}

	private static String text(DemoLoadBadge.Badge badge) {
		return badge.getChildren()
			.filter(Span.class::isInstance)
			.map((span) -> ((Span) span).getText())
			.findFirst()
			.orElseThrow();
	}

	private static ProgressBar bar(DemoLoadBadge.Badge badge) {
		return badge.getChildren()
			.filter(ProgressBar.class::isInstance)
			.map(ProgressBar.class::cast)
			.findFirst()
			.orElseThrow();
	}

}

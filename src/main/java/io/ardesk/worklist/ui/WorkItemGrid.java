package io.ardesk.worklist.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.ardesk.shared.ui.Formats;
import io.ardesk.worklist.WorkItem;
import org.jspecify.annotations.Nullable;

/**
 * Claims in queue order with the reasons for their place. Enter on a focused row or a
 * double click opens the claim's workspace, so a specialist can work the list from the
 * keyboard.
 */
class WorkItemGrid extends Grid<WorkItem> {

	private @Nullable WorkItem focused;

	WorkItemGrid(boolean showClient, Consumer<WorkItem> open) {
		if (showClient) {
			addColumn(WorkItem::clientName).setHeader("Client").setWidth("7em").setFlexGrow(0).setSortable(true);
		}
		// The status sits under the claim number: one column less, no horizontal
		// scrolling.
		addComponentColumn((item) -> claim(item, open)).setHeader("Claim")
			.setWidth("8.5em")
			.setFlexGrow(0)
			.setComparator(WorkItem::claimNumber);
		addColumn(WorkItem::payer).setHeader("Payer").setWidth("6em").setFlexGrow(1);
		addColumn((item) -> Formats.money(item.balance())).setHeader("Balance")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setComparator(WorkItem::balance);
		addColumn(WorkItem::ageDays).setHeader("Age (days)")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setSortable(true);
		addComponentColumn((item) -> WorkFormats.deadlineBadge(item.deadline())).setHeader("Deadline")
			.setWidth("9.5em")
			.setFlexGrow(0)
			.setComparator((item) -> (item.deadline() != null) ? item.deadline().daysLeft() : Long.MAX_VALUE);
		addColumn((item) -> item.score().toPlainString()).setHeader("Score")
			.setTextAlign(ColumnTextAlign.END)
			.setWidth("5.5em")
			.setFlexGrow(0)
			.setComparator(WorkItem::score);
		// Reasons are the point of the queue: they wrap rather than being cut off.
		addComponentColumn(WorkItemGrid::reasons).setHeader("Why").setWidth("10em").setFlexGrow(3);
		addColumn((item) -> Formats.date(item.nextActionDate())).setHeader("Next action")
			.setWidth("7.5em")
			.setFlexGrow(0)
			.setComparator(WorkItem::nextActionDate);
		addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		addItemDoubleClickListener((click) -> open.accept(click.getItem()));
		// The grid keeps keyboard focus on a cell; remember its row so that Enter opens
		// it.
		addCellFocusListener((focus) -> this.focused = focus.getItem().orElse(null));
		Shortcuts.addShortcutListener(this, () -> {
			if (this.focused != null) {
				open.accept(this.focused);
			}
		}, Key.ENTER).listenOn(this);
	}

	private static Div claim(WorkItem item, Consumer<WorkItem> open) {
		Button link = new Button(item.claimNumber(), (click) -> open.accept(item));
		link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		link.addClassName("open-workspace");
		link.getElement().setAttribute("title", "Open workspace");
		Span status = new Span(item.status().label());
		status.getStyle()
			.set("display", "block")
			.set("font-size", "var(--lumo-font-size-s, 0.875rem)")
			.set("color", "var(--lumo-secondary-text-color, #5c6470)");
		return new Div(link, status);
	}

	private static Span reasons(WorkItem item) {
		Span text = new Span(String.join(" · ", item.reasons()));
		text.addClassName("reasons");
		text.getStyle()
			.set("white-space", "normal")
			.set("font-size", "var(--lumo-font-size-s, 0.875rem)")
			.set("color", "var(--lumo-secondary-text-color, #5c6470)");
		return text;
	}

}

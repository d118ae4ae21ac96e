package io.ardesk.worklist.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.server.Command;
import io.ardesk.shared.ui.Formats;
import io.ardesk.worklist.WorkItem;
import org.jspecify.annotations.Nullable;

/**
 * Claims in queue order with the reasons for their place, one line per claim so that a
 * screen holds many: long payer names and reasons are cut with the whole text in a
 * tooltip, and "Why" leaves out what the other columns already say. Enter (or Alt+O) on a
 * focused row, or a double click, opens the claim's workspace.
 */
class WorkItemGrid extends Grid<WorkItem> {

	private @Nullable WorkItem focused;

	WorkItemGrid(boolean showClient, boolean showOwner, Consumer<WorkItem> open) {
		if (showClient) {
			addColumn(WorkItem::clientName).setHeader("Client")
				.setWidth("6em")
				.setFlexGrow(0)
				.setTooltipGenerator(WorkItem::clientName);
		}
		addComponentColumn((item) -> claim(item, open)).setHeader("Claim").setWidth("7em").setFlexGrow(0);
		addColumn((item) -> item.status().label() + " · " + item.workStatus().label()).setHeader("Status")
			.setWidth("9em")
			.setFlexGrow(0)
			.setTooltipGenerator((item) -> "Ledger: " + item.status().label() + "; work: " + item.workStatus().label());
		addColumn(WorkItem::payer).setHeader("Payer")
			.setWidth("6em")
			.setFlexGrow(1)
			.setTooltipGenerator(WorkItem::payer);
		addColumn((item) -> Formats.money(item.balance())).setHeader("Balance")
			.setTextAlign(ColumnTextAlign.END)
			.setWidth("6.5em")
			.setFlexGrow(0);
		addColumn(WorkItem::ageDays).setHeader("Age")
			.setTextAlign(ColumnTextAlign.END)
			.setWidth("3.5em")
			.setFlexGrow(0);
		addComponentColumn((item) -> WorkFormats.deadlineBadge(item.deadline())).setHeader("Deadline")
			.setWidth("8.5em")
			.setFlexGrow(0)
			.setTooltipGenerator((item) -> (item.deadline() != null)
					? item.deadline().describe() + " (" + Formats.date(item.deadline().date()) + ")" : "No deadline");
		if (showOwner) {
			addColumn((item) -> (item.owner() != null) ? item.owner() : "Unassigned").setHeader("Owner")
				.setWidth("6em")
				.setFlexGrow(0);
		}
		addColumn((item) -> item.score().toPlainString()).setHeader("Score")
			.setTextAlign(ColumnTextAlign.END)
			.setWidth("4em")
			.setFlexGrow(0);
		addColumn((item) -> String.join(" · ", why(item))).setHeader("Why")
			.setWidth("8em")
			.setFlexGrow(3)
			.setPartNameGenerator((item) -> "reasons")
			.setTooltipGenerator((item) -> String.join("\n", item.reasons()));
		addColumn((item) -> Formats.date(item.nextActionDate())).setHeader("Next action")
			.setWidth("6.5em")
			.setFlexGrow(0);
		addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		addItemDoubleClickListener((click) -> open.accept(click.getItem()));
		// The grid keeps keyboard focus on a cell; remember its row so that Enter opens
		// it.
		addCellFocusListener((focus) -> this.focused = focus.getItem().orElse(null));
		Command openFocused = () -> {
			if (this.focused != null) {
				open.accept(this.focused);
			}
		};
		Shortcuts.addShortcutListener(this, openFocused, Key.ENTER).listenOn(this);
		Shortcuts.addShortcutListener(this, openFocused, Key.KEY_O, KeyModifier.ALT).listenOn(this);
	}

	/**
	 * Puts the keyboard on the first claim as soon as the rows are there, so that arrow
	 * keys and Enter work without a click or a dozen Tab presses.
	 */
	void focusFirstRow() {
		getElement().executeJs("""
				const grid = this;
				let tries = 0;
				const focusFirst = () => {
				  const cell = grid.shadowRoot && grid.shadowRoot.querySelector('tbody#items tr:not([hidden]) td');
				  if (cell && grid.offsetParent !== null) {
				    cell.focus();
				  } else if (tries++ < 50) {
				    setTimeout(focusFirst, 100);
				  }
				};
				setTimeout(focusFirst, 0);
				""");
	}

	/**
	 * The reasons that say something the row does not already show (balance, age and a
	 * plain deadline have their own columns).
	 */
	static List<String> why(WorkItem item) {
		List<String> reasons = item.reasons()
			.stream()
			.filter((reason) -> !reason.endsWith(" open") && !reason.endsWith(" days old")
					&& !(reason.matches("(timely filing|appeal) deadline (in|passed) .*") && !reason.contains("grace")))
			.toList();
		return reasons.isEmpty() ? List.of("oldest and largest first") : reasons;
	}

	private static Button claim(WorkItem item, Consumer<WorkItem> open) {
		Button link = new Button(item.claimNumber(), (click) -> open.accept(item));
		link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		link.addClassName("open-workspace");
		link.getElement().setAttribute("title", "Open workspace (Enter)");
		return link;
	}

}

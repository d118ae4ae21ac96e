package io.ardesk.review.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.review.NewReviewItem;
import io.ardesk.review.ReviewItem;
import io.ardesk.review.ReviewItemChange;
import io.ardesk.review.ReviewItemKind;
import io.ardesk.review.WeeklyReviews;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientId;

/**
 * The decisions and action items of a week's review: the list (the week's own, then the
 * open actions carried from earlier weeks), marking an action done, and a form to record
 * a new one with its errors next to the fields.
 */
class ReviewItemsPanel extends VerticalLayout {

	private final WeeklyReviews reviews;

	private final ClientId client;

	private final ReportPeriod week;

	private final ZoneId zone;

	private final boolean mayChange;

	private final Grid<ReviewItem> grid = ReviewGrids.grid("review-items");

	private final com.vaadin.flow.component.html.Div count = new com.vaadin.flow.component.html.Div();

	private final com.vaadin.flow.component.html.Paragraph empty = ReviewGrids
		.empty("No decisions or action items yet for this week.");

	private final Select<ReviewItemKind> kind = new Select<>();

	private final TextField text = new TextField("Decision or action");

	private final ComboBox<String> owner = new ComboBox<>("Owner");

	private final DatePicker due = new DatePicker("Due");

	ReviewItemsPanel(WeeklyReviews reviews, ClientId client, ReportPeriod week, ZoneId zone, boolean mayChange,
			List<ReviewItem> items) {
		this.reviews = reviews;
		this.client = client;
		this.week = week;
		this.zone = zone;
		this.mayChange = mayChange;
		setPadding(false);
		setSpacing(false);
		this.grid.addColumn((i) -> i.kind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(ReviewItem::text).setHeader("Text").setTooltipGenerator(ReviewItem::text).setFlexGrow(4);
		this.grid.addColumn(ReviewItem::owner).setHeader("Owner").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((i) -> Formats.date(i.due())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((i) -> (i.carriedFrom() != null) ? "carried from week " + i.carriedFrom() : "this week")
			.setHeader("Recorded")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(this::status).setHeader("Status").setAutoWidth(true);
		if (mayChange) {
			this.grid.addComponentColumn(this::doneButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
		}
		this.count.setId("review-items-count");
		add(ReviewGrids.section("Decisions and action items",
				"open action items are carried to next week's review until done", this.count));
		add(this.empty, this.grid);
		if (mayChange) {
			add(form());
		}
		show(items);
	}

	private String status(ReviewItem item) {
		if (item.done()) {
			return "Done by " + item.doneBy() + " on " + Formats.dateTime(item.doneAt(), this.zone);
		}
		return (item.kind() == ReviewItemKind.ACTION) ? "Open" : "Recorded by " + item.createdBy();
	}

	private Button doneButton(ReviewItem item) {
		Button done = new Button(item.done() ? "Reopen" : "Mark done",
				(click) -> change(item, new ReviewItemChange(!item.done(), null, null, null, item.version())));
		done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		done.setVisible(item.kind() == ReviewItemKind.ACTION);
		return done;
	}

	private void change(ReviewItem item, ReviewItemChange change) {
		try {
			ReviewItem changed = this.reviews.change(this.client, this.week, item.id(), change);
			Notification.show(changed.done() ? "Done: " + changed.text() : "Reopened: " + changed.text())
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (ConflictException ex) {
			Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		refresh();
	}

	private HorizontalLayout form() {
		this.kind.setLabel("Kind");
		this.kind.setItems(ReviewItemKind.values());
		this.kind.setItemLabelGenerator(ReviewItemKind::label);
		this.kind.setValue(ReviewItemKind.ACTION);
		this.kind.setWidth("10em");
		this.text.setId("review-item-text");
		this.text.setWidth("28em");
		this.text.setMaxLength(WeeklyReviews.MAX_TEXT);
		this.owner.setId("review-item-owner");
		this.owner.setItems(this.reviews.possibleOwners(this.client));
		this.due.setId("review-item-due");
		this.due.setI18n(new DatePicker.DatePickerI18n().setDateFormat("MM/dd/yyyy"));
		this.due.setWidth("10em");
		Button add = new Button("Add", VaadinIcon.PLUS.create(), (click) -> add());
		add.setId("review-item-add");
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout form = new HorizontalLayout(this.kind, this.text, this.owner, this.due, add);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		form.setWrap(true);
		return form;
	}

	private void add() {
		Map<String, HasValidation> fields = Map.of("text", this.text, "ownerUserId", this.owner, "due", this.due,
				"kind", this.kind);
		fields.values().forEach((field) -> field.setInvalid(false));
		LocalDate dueDate = this.due.getValue();
		if (dueDate == null) {
			this.due.setErrorMessage("Give the date the item is due.");
			this.due.setInvalid(true);
			return;
		}
		try {
			ReviewItem item = this.reviews.add(this.client, this.week, new NewReviewItem(this.kind.getValue(),
					this.text.getValue(), (this.owner.getValue() != null) ? this.owner.getValue() : "", dueDate));
			Notification.show(item.kind().label() + " recorded").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			this.text.clear();
			this.owner.clear();
			this.due.clear();
			refresh();
		}
		catch (DomainException ex) {
			HasValidation field = (ex.field() != null) ? fields.get(ex.field()) : null;
			if (field != null) {
				field.setErrorMessage(ex.getMessage());
				field.setInvalid(true);
			}
			else {
				Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		}
	}

	private void refresh() {
		show(this.reviews.review(this.client, this.week).items());
	}

	private void show(List<ReviewItem> items) {
		this.grid.setItems(items);
		this.grid.setVisible(!items.isEmpty());
		this.empty.setVisible(items.isEmpty());
		long open = items.stream().filter((i) -> i.kind() == ReviewItemKind.ACTION && !i.done()).count();
		long carried = items.stream().filter((i) -> i.carriedFrom() != null).count();
		this.count.setText(Formats.count(items.size()) + ((items.size() == 1) ? " item · " : " items · ")
				+ Formats.count(open) + ((open == 1) ? " open action" : " open actions")
				+ ((carried > 0) ? " · " + Formats.count(carried) + " carried from earlier weeks" : "")
				+ (this.mayChange ? "" : " · read-only"));
	}

}

package io.ardesk.worklist.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.ardesk.codes.DenialCategory;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.worklist.QueueFilter;
import io.ardesk.worklist.QueueView;
import io.ardesk.worklist.SavedFilters;
import io.ardesk.worklist.WorkStatus;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a queue on the server: search by claim number, patient, member id or payer
 * claim number; denial category, work status, age bucket, a deadline ahead within
 * {@link WorkFormats#URGENT_DAYS} days; for managers also the owner and the "Deadline
 * missed" view. Counts and totals always cover the whole filter.
 */
class QueueFilterBar extends FlexLayout {

	/** Aging buckets as AR teams report them. */
	enum AgeBucket {

		DAYS_0_30("0–30 days", 0, 30), DAYS_31_60("31–60 days", 31, 60), DAYS_61_90("61–90 days", 61, 90),
		DAYS_91_120("91–120 days", 91, 120), DAYS_121_180("121–180 days", 121, 180),
		OVER_180("Over 180 days", 181, null);

		private final String label;

		private final int min;

		private final @Nullable Integer max;

		AgeBucket(String label, int min, @Nullable Integer max) {
			this.label = label;
			this.min = min;
			this.max = max;
		}

	}

	/** Who owns the claims shown, in a manager's owner picker. */
	static final String UNASSIGNED = "(unassigned)";

	static final String EVERYONE = "(everyone)";

	private final TextField search = new TextField();

	private final ComboBox<DenialCategory> denial = new ComboBox<>("Denial");

	private final Select<WorkStatus> workStatus = new Select<>();

	private final Select<AgeBucket> age = new Select<>();

	private final Checkbox urgent = new Checkbox("Deadline ≤ " + WorkFormats.URGENT_DAYS + " days");

	private final @Nullable ComboBox<String> owner;

	private final @Nullable Select<QueueView> view;

	private final SavedFilters saved;

	private final ComboBox<SavedFilters.SavedFilter> savedPicker = new ComboBox<>("Saved");

	private boolean applying;

	/**
	 * @param owners the owners a manager may pick (null: no owner picker)
	 * @param withView whether the "Deadline missed" view may be picked
	 */
	QueueFilterBar(String idPrefix, @Nullable List<String> owners, @Nullable String defaultOwner, boolean withView,
			SavedFilters saved) {
		this.saved = saved;
		setFlexWrap(FlexWrap.WRAP);
		setAlignItems(FlexComponent.Alignment.BASELINE);
		getStyle().set("gap", "var(--lumo-space-s)");
		this.search.setId(idPrefix + "-search");
		this.search.setLabel("Search");
		this.search.setPlaceholder("Claim, patient, member id, ICN");
		this.search.setTooltipText("Claim number, patient name, member id or payer claim number (ICN)");
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setMaxLength(QueueFilter.MAX_SEARCH);
		this.search.setWidth("13em");
		this.denial.setId(idPrefix + "-denial");
		this.denial.setItems(DenialCategory.values());
		this.denial.setItemLabelGenerator(DenialCategory::label);
		this.denial.setClearButtonVisible(true);
		this.denial.setPlaceholder("Any");
		this.denial.setWidth("10em");
		this.workStatus.setId(idPrefix + "-work-status");
		this.workStatus.setLabel("Work status");
		this.workStatus.setItems(WorkStatus.values());
		this.workStatus.setItemLabelGenerator((status) -> (status != null) ? status.label() : "Any");
		this.workStatus.setEmptySelectionAllowed(true);
		this.workStatus.setEmptySelectionCaption("Any");
		this.workStatus.setWidth("9em");
		this.age.setId(idPrefix + "-age");
		this.age.setLabel("Age");
		this.age.setItems(AgeBucket.values());
		this.age.setItemLabelGenerator((bucket) -> (bucket != null) ? bucket.label : "Any");
		this.age.setEmptySelectionAllowed(true);
		this.age.setEmptySelectionCaption("Any");
		this.age.setWidth("7.5em");
		this.urgent.setId(idPrefix + "-urgent");
		add(this.search, this.denial, this.workStatus, this.age);
		if (owners != null) {
			this.owner = new ComboBox<>("Owner");
			this.owner.setId(idPrefix + "-owner");
			List<String> items = new java.util.ArrayList<>(List.of(EVERYONE, UNASSIGNED));
			items.addAll(owners);
			this.owner.setItems(items);
			this.owner.setValue((defaultOwner != null) ? defaultOwner : EVERYONE);
			this.owner.setWidth("9em");
			add(this.owner);
		}
		else {
			this.owner = null;
		}
		if (withView) {
			this.view = new Select<>();
			this.view.setId(idPrefix + "-view");
			this.view.setLabel("List");
			this.view.setItems(QueueView.values());
			this.view.setItemLabelGenerator(QueueView::label);
			this.view.setValue(QueueView.LIVE);
			this.view.setWidth("9em");
			add(this.view);
		}
		else {
			this.view = null;
		}
		add(this.urgent);
		this.savedPicker.setId(idPrefix + "-saved");
		this.savedPicker.setItemLabelGenerator(SavedFilters.SavedFilter::name);
		this.savedPicker.setPlaceholder("None");
		this.savedPicker.setClearButtonVisible(true);
		this.savedPicker.setWidth("9em");
		this.savedPicker.setItems(saved.mine());
		Button save = new Button("Save…", (click) -> askName());
		save.setId(idPrefix + "-save-filter");
		save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		add(this.savedPicker, save);
	}

	private void askName() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("Save this filter");
		TextField name = new TextField("Name");
		name.setId("saved-filter-name");
		name.setMaxLength(SavedFilters.MAX_NAME);
		Button confirm = new Button("Save", (click) -> {
			try {
				SavedFilters.SavedFilter kept = this.saved.save(name.getValue(), filter(null));
				this.savedPicker.setItems(this.saved.mine());
				this.applying = true;
				this.savedPicker.setValue(this.savedPicker.getListDataView()
					.getItems()
					.filter((item) -> item.id() == kept.id())
					.findFirst()
					.orElse(null));
				this.applying = false;
				dialog.close();
			}
			catch (DomainException ex) {
				name.setErrorMessage(ex.getMessage());
				name.setInvalid(true);
			}
		});
		confirm.setId("saved-filter-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(name);
		dialog.getFooter().add(new Button("Cancel", (click) -> dialog.close()), confirm);
		dialog.open();
		name.focus();
	}

	/** Sets every field from a saved filter; the list reloads once. */
	private void apply(QueueFilter filter, Runnable changed) {
		this.applying = true;
		try {
			this.search.setValue((filter.search() != null) ? filter.search() : "");
			this.denial.setValue((filter.denialCategory() != null) ? denialCategory(filter.denialCategory()) : null);
			this.workStatus.setValue(filter.workStatus());
			this.age.setValue(java.util.Arrays.stream(AgeBucket.values())
				.filter((bucket) -> filter.minAgeDays() != null && bucket.min == filter.minAgeDays())
				.findFirst()
				.orElse(null));
			this.urgent.setValue(filter.deadlineWithinDays() != null);
			if (this.owner != null) {
				String who = filter.owner();
				this.owner.setValue((who == null) ? EVERYONE : who.isEmpty() ? UNASSIGNED : who);
			}
			if (this.view != null) {
				this.view.setValue(filter.view());
			}
		}
		finally {
			this.applying = false;
		}
		changed.run();
	}

	private static @Nullable DenialCategory denialCategory(String name) {
		try {
			return DenialCategory.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	void onChange(Runnable onChange) {
		Runnable changed = () -> {
			if (!this.applying) {
				onChange.run();
			}
		};
		this.search.addValueChangeListener((event) -> changed.run());
		this.denial.addValueChangeListener((event) -> changed.run());
		this.workStatus.addValueChangeListener((event) -> changed.run());
		this.age.addValueChangeListener((event) -> changed.run());
		this.urgent.addValueChangeListener((event) -> changed.run());
		if (this.owner != null) {
			this.owner.addValueChangeListener((event) -> changed.run());
		}
		if (this.view != null) {
			this.view.addValueChangeListener((event) -> changed.run());
		}
		this.savedPicker.addValueChangeListener((event) -> {
			if (!this.applying && event.getValue() != null) {
				apply(event.getValue().filter(), onChange);
			}
		});
	}

	/**
	 * The filter as picked; the owner is the picked one, or {@code fixedOwner} without a
	 * picker.
	 */
	QueueFilter filter(@Nullable String fixedOwner) {
		String who = fixedOwner;
		if (this.owner != null) {
			String picked = this.owner.getValue();
			who = (picked == null || EVERYONE.equals(picked)) ? null : UNASSIGNED.equals(picked) ? "" : picked;
		}
		AgeBucket bucket = this.age.getValue();
		String text = this.search.getValue();
		return new QueueFilter(who, null, null, (this.denial.getValue() != null) ? this.denial.getValue().name() : null,
				(bucket != null) ? bucket.min : null, (bucket != null) ? bucket.max : null, null, null, null,
				(this.view != null && this.view.getValue() != null) ? this.view.getValue() : QueueView.LIVE,
				this.workStatus.getValue(), this.urgent.getValue() ? WorkFormats.URGENT_DAYS : null,
				(text != null && !text.isBlank()) ? text.strip() : null);
	}

}

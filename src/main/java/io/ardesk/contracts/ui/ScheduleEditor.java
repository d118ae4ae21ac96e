package io.ardesk.contracts.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.contracts.FeeSchedule;
import io.ardesk.contracts.FeeScheduleEntry;
import io.ardesk.contracts.FeeSchedules;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Adds, changes or deletes one fee schedule row; a refusal shows next to the field it is
 * about.
 */
class ScheduleEditor extends VerticalLayout {

	private final FeeSchedules schedules;

	private final ClientId client;

	private final Runnable saved;

	private final TextField payer = new TextField("Payer id");

	private final TextField code = new TextField("Procedure");

	private final TextField modifier = new TextField("Modifier");

	private final BigDecimalField amount = new BigDecimalField("Allowed amount");

	private final DatePicker from = new DatePicker("Effective from");

	private final DatePicker to = new DatePicker("Effective to");

	private final Paragraph problem = new Paragraph();

	private final Button delete = new Button("Delete");

	private @Nullable FeeSchedule editing;

	ScheduleEditor(FeeSchedules schedules, ClientId client, Runnable saved) {
		this.schedules = schedules;
		this.client = client;
		this.saved = saved;
		setPadding(false);
		setId("schedule-editor");
		this.payer.setId("schedule-payer");
		this.code.setId("schedule-code");
		this.modifier.setHelperText("Empty: any modifier");
		this.amount.setId("schedule-amount");
		this.amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("$"));
		usDates(this.from);
		usDates(this.to);
		this.to.setHelperText("Empty: open-ended");
		this.problem.addClassNames(LumoUtility.TextColor.ERROR);
		FormLayout form = new FormLayout(this.payer, this.code, this.modifier, this.amount, this.from, this.to);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3), new FormLayout.ResponsiveStep("900px", 6));
		Button save = new Button("Save", (click) -> save());
		save.setId("schedule-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.delete.addClickListener((click) -> delete());
		this.delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		Button cancel = new Button("Cancel", (click) -> setVisible(false));
		add(form, this.problem, new HorizontalLayout(save, this.delete, cancel));
		setVisible(false);
	}

	static void usDates(DatePicker picker) {
		picker.setLocale(java.util.Locale.US);
		picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("MM/dd/yyyy"));
	}

	void edit(@Nullable FeeSchedule row) {
		this.editing = row;
		clearProblems();
		this.payer.setValue((row != null) ? row.payerId() : "");
		this.code.setValue((row != null) ? row.procedureCode() : "");
		this.modifier.setValue((row != null && row.modifier() != null) ? row.modifier() : "");
		this.amount.setValue((row != null) ? row.allowedAmount() : null);
		this.from.setValue((row != null) ? row.effectiveFrom() : null);
		this.to.setValue((row != null) ? row.effectiveTo() : null);
		this.delete.setVisible(row != null);
		setVisible(true);
	}

	private void save() {
		clearProblems();
		FeeScheduleEntry entry = new FeeScheduleEntry(this.payer.getValue(), this.code.getValue(),
				this.modifier.getValue(), this.amount.getValue(), this.from.getValue(), this.to.getValue());
		run(() -> {
			if (this.editing == null) {
				this.schedules.add(this.client, entry);
			}
			else {
				this.schedules.update(this.client, this.editing.id(), entry, this.editing.version());
			}
		});
	}

	private void delete() {
		FeeSchedule row = this.editing;
		if (row != null) {
			run(() -> this.schedules.delete(this.client, row.id()));
		}
	}

	private void run(Runnable change) {
		try {
			change.run();
			setVisible(false);
			this.saved.run();
		}
		catch (DomainException ex) {
			Map<String, HasValidation> fields = Map.of("payerId", this.payer, "procedureCode", this.code, "modifier",
					this.modifier, "allowedAmount", this.amount, "effectiveFrom", this.from, "effectiveTo", this.to);
			HasValidation field = (ex.field() != null) ? fields.get(ex.field()) : null;
			if (field != null) {
				field.setErrorMessage(ex.getMessage());
				field.setInvalid(true);
			}
			else {
				this.problem.setText(ex.getMessage());
			}
		}
	}

	private void clearProblems() {
		this.problem.setText("");
		Consumer<HasValidation> clear = (f) -> f.setInvalid(false);
		clear.accept(this.payer);
		clear.accept(this.code);
		clear.accept(this.modifier);
		clear.accept(this.amount);
		clear.accept(this.from);
		clear.accept(this.to);
	}

}

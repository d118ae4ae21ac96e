package io.ardesk.patients.ui;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * Agrees a payment plan over the whole current balance: installment, cadence, first due.
 */
class PaymentPlanForm extends VerticalLayout {

	interface Submit {

		void create(BigDecimal installment, int frequencyDays, LocalDate firstDue);

	}

	private final BigDecimalField installment = new BigDecimalField("Installment");

	private final IntegerField frequency = new IntegerField("Every (days)");

	private final DatePicker firstDue = new DatePicker("First due");

	private final Div error = new Div();

	PaymentPlanForm(LocalDate today, Submit submit) {
		setPadding(false);
		this.installment.setId("plan-installment");
		this.installment.setPrefixComponent(new Div("$"));
		this.frequency.setId("plan-frequency");
		this.frequency.setValue(30);
		this.frequency.setMin(1);
		this.frequency.setMax(366);
		this.firstDue.setId("plan-first-due");
		PaymentForm.usDates(this.firstDue);
		this.firstDue.setValue(today.plusDays(14));
		this.error.getStyle().set("color", "var(--lumo-error-text-color, #c5221f)");
		Button create = new Button("Create payment plan", (click) -> {
			if (this.installment.getValue() == null || this.frequency.getValue() == null
					|| this.firstDue.getValue() == null) {
				this.error.setText("Enter the installment, how often it is due and the first due date.");
				return;
			}
			this.error.setText("");
			submit.create(this.installment.getValue(), this.frequency.getValue(), this.firstDue.getValue());
		});
		create.setId("create-plan");
		add(new H4("Create payment plan"), new FormLayout(this.installment, this.frequency, this.firstDue), this.error,
				create);
	}

	void showError(String message) {
		this.error.setText(message);
	}

}

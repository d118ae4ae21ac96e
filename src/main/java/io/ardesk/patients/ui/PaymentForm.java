package io.ardesk.patients.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.ardesk.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * Takes a patient payment: amount, the day it was paid and the check or receipt number.
 */
class PaymentForm extends VerticalLayout {

	interface Submit {

		void post(BigDecimal amount, LocalDate paidOn, String reference);

	}

	private final BigDecimalField amount = new BigDecimalField("Amount");

	private final DatePicker paidOn = new DatePicker("Paid on");

	private final TextField reference = new TextField("Reference (check, receipt)");

	private final Div error = new Div();

	PaymentForm(LocalDate today, BigDecimal smallBalanceLimit, Submit submit) {
		setPadding(false);
		this.amount.setId("payment-amount");
		this.amount.setHelperText("Above " + Formats.money(smallBalanceLimit)
				+ " a day for this patient, a manager approves the payment first");
		this.amount.setPrefixComponent(new Div("$"));
		this.paidOn.setId("payment-paid-on");
		usDates(this.paidOn);
		this.paidOn.setMax(today);
		this.paidOn.setValue(today);
		this.reference.setId("payment-reference");
		this.reference.setMaxLength(100);
		this.error.getStyle().set("color", "var(--lumo-error-text-color, #c5221f)");
		Button post = new Button("Post payment", (click) -> {
			if (this.amount.getValue() == null || this.paidOn.getValue() == null
					|| this.reference.getValue().isBlank()) {
				this.error.setText("Enter the amount, the payment date and a reference.");
				return;
			}
			this.error.setText("");
			clearInvalid();
			submit.post(this.amount.getValue(), this.paidOn.getValue(), this.reference.getValue());
		});
		post.setId("post-payment");
		add(new H4("Post payment"), new FormLayout(this.amount, this.paidOn, this.reference), this.error, post);
	}

	/** Shows a refusal next to the field it is about; what was typed stays. */
	void showError(@Nullable String field, String message) {
		clearInvalid();
		HasValidation target = switch ((field != null) ? field : "") {
			case "amount" -> this.amount;
			case "paidOn" -> this.paidOn;
			case "reference" -> this.reference;
			default -> null;
		};
		if (target != null) {
			target.setErrorMessage(message);
			target.setInvalid(true);
			this.error.setText("");
		}
		else {
			this.error.setText(message);
		}
	}

	private void clearInvalid() {
		this.amount.setInvalid(false);
		this.paidOn.setInvalid(false);
		this.reference.setInvalid(false);
	}

	static void usDates(DatePicker picker) {
		picker.setLocale(Locale.US);
		picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("MM/dd/yyyy"));
	}

}

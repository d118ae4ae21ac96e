package io.ardesk.worklist.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.ardesk.shared.ui.Formats;
import io.ardesk.worklist.CallSheet;

/**
 * What the payer's representative asks for on a call, in the order they ask: patient,
 * date of birth, member id, the payer's claim number, dates of service, then the lines
 * with what was paid and the CARC/RARC codes in words.
 */
class CallSheetPanel extends VerticalLayout {

	CallSheetPanel(CallSheet sheet) {
		setId("call-sheet");
		setPadding(false);
		setSpacing(false);
		Div facts = new Div();
		facts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m, 1rem)");
		CallSheet.Patient patient = sheet.patient();
		CallSheet.Payer payer = sheet.payer();
		facts.add(
				fact("Patient", patient.name(), "call-patient"), fact("Date of birth",
						(patient.dateOfBirth() != null) ? Formats.date(patient.dateOfBirth()) : "Unknown", "call-dob"),
				fact("Member id", orUnknown(patient.memberId()), "call-member-id"),
				fact("Payer", payer.name() + ((payer.payerId() != null) ? " (" + payer.payerId() + ")" : ""),
						"call-payer"),
				fact("Payer phone", orUnknown(payer.phone()), "call-payer-phone"),
				fact("Payer claim # (ICN)", orUnknown(sheet.payerClaimNumber()), "call-icn"),
				fact("Dates of service",
						sheet.serviceDateFrom().equals(sheet.serviceDateTo()) ? Formats.date(sheet.serviceDateFrom())
								: Formats.date(sheet.serviceDateFrom()) + " – " + Formats.date(sheet.serviceDateTo()),
						"call-dos"),
				fact("Last remittance",
						(sheet.lastRemittance() != null) ? sheet.lastRemittance().status() + ", "
								+ Formats.date(sheet.lastRemittance().paymentDate()) + ", paid "
								+ Formats.money(sheet.lastRemittance().paid()) : "None yet",
						"call-last-remittance"));
		add(facts);
		Grid<CallSheet.Line> lines = new Grid<>();
		lines.setId("call-lines");
		lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		lines.addColumn(CallSheet.Line::lineNumber).setHeader("#").setWidth("3em").setFlexGrow(0);
		lines.addColumn(CallSheet.Line::procedureCode).setHeader("CPT").setWidth("5.5em").setFlexGrow(0);
		lines.addColumn((line) -> (line.modifiers() != null) ? line.modifiers() : "")
			.setHeader("Mod")
			.setWidth("5em")
			.setFlexGrow(0);
		lines.addColumn((line) -> line.units().stripTrailingZeros().toPlainString())
			.setHeader("Units")
			.setTextAlign(ColumnTextAlign.END)
			.setWidth("4.5em")
			.setFlexGrow(0);
		lines.addColumn((line) -> Formats.money(line.charge()))
			.setHeader("Charge")
			.setTextAlign(ColumnTextAlign.END)
			.setWidth("7em")
			.setFlexGrow(0);
		lines.addColumn((line) -> Formats.money(line.paid()))
			.setHeader("Paid")
			.setTextAlign(ColumnTextAlign.END)
			.setWidth("7em")
			.setFlexGrow(0);
		lines
			.addColumn((line) -> line.adjustments()
				.stream()
				.map((code) -> code.code() + " " + code.description())
				.collect(Collectors.joining(" · ")))
			.setHeader("CARC")
			.setFlexGrow(1)
			.setTooltipGenerator((line) -> line.adjustments()
				.stream()
				.map((code) -> code.code() + " " + Formats.money(code.amount()) + ": " + code.description())
				.collect(Collectors.joining("\n")));
		lines.setItems(sheet.lines());
		lines.setAllRowsVisible(true);
		add(lines);
		if (!sheet.remarks().isEmpty()) {
			Span remarks = new Span("Claim codes: " + sheet.remarks()
				.stream()
				.map((code) -> code.code() + " " + code.description())
				.collect(Collectors.joining(" · ")));
			remarks.setId("call-remarks");
			remarks.getStyle().set("font-size", "var(--lumo-font-size-s, 0.875rem)");
			add(remarks);
		}
	}

	private static String orUnknown(String value) {
		return (value != null && !value.isBlank()) ? value : "Unknown";
	}

	private static Component fact(String label, String value, String id) {
		Span caption = new Span(label);
		caption.getStyle()
			.set("color", "var(--lumo-secondary-text-color, #5c6470)")
			.set("font-size", "var(--lumo-font-size-s, 0.875rem)");
		Div text = new Div(value);
		text.setId(id);
		text.getStyle().set("font-weight", "600");
		return new Div(caption, text);
	}

}

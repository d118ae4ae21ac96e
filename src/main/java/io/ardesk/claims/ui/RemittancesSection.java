package io.ardesk.claims.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.claims.ClaimDetail.Adjustment;
import io.ardesk.claims.ClaimDetail.Payment;
import io.ardesk.shared.ui.Formats;

/**
 * Every remittance posted to a claim: what the payer paid and each adjustment with its
 * reason in plain English, so nobody has to look up CARC and RARC codes.
 */
final class RemittancesSection extends Composite<VerticalLayout> {

	RemittancesSection(ClaimDetail claim) {
		VerticalLayout content = getContent();
		content.setPadding(false);
		content.setId("remittances");
		if (claim.payments().isEmpty()) {
			content.add(new Paragraph("No remittance has been posted to this claim yet."));
			return;
		}
		claim.payments().forEach((payment) -> content.add(payment(payment)));
	}

	private static Div payment(Payment payment) {
		H4 title = new H4(payment.payer() + " · " + Formats.date(payment.paymentDate()));
		Span facts = new Span(payment.statusLabel() + " (" + payment.statusCode() + ") · trace " + payment.traceNumber()
				+ " · charge " + Formats.money(payment.charge()) + " · paid " + Formats.money(payment.paid())
				+ ((payment.patientResponsibility() != null)
						? " · patient responsibility " + Formats.money(payment.patientResponsibility()) : ""));
		facts.getStyle().set("color", "var(--lumo-secondary-text-color, #5c6470)");
		Div block = new Div(title, facts);
		block.addClassName("remittance");
		block.setWidthFull();
		if (!payment.adjustments().isEmpty()) {
			block.add(adjustments(payment));
		}
		if (!payment.remarks().isEmpty()) {
			UnorderedList remarks = new UnorderedList();
			payment.remarks()
				.forEach((remark) -> remarks.add(new ListItem(remark.code() + ": " + remark.description())));
			block.add(new Span("Remarks"), remarks);
		}
		return block;
	}

	private static Grid<Adjustment> adjustments(Payment payment) {
		Grid<Adjustment> grid = new Grid<>();
		grid.addClassName("adjustments");
		grid.addColumn((adjustment) -> (adjustment.lineNumber() != null) ? adjustment.lineNumber() : "Claim")
			.setHeader("Line")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(Adjustment::group).setHeader("Group").setAutoWidth(true).setFlexGrow(0);
		grid.addColumn(Adjustment::reason).setHeader("Reason").setAutoWidth(true).setFlexGrow(0);
		grid.addColumn((adjustment) -> Formats.money(adjustment.amount()))
			.setHeader("Amount")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(Adjustment::description).setHeader("What it means").setFlexGrow(1);
		grid.addColumn((adjustment) -> classLabel(adjustment.adjustmentClass()))
			.setHeader("Effect")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.setItems(payment.adjustments());
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
		return grid;
	}

	/** DENIAL → Denial, PATIENT_RESPONSIBILITY → Patient responsibility. */
	static String classLabel(String adjustmentClass) {
		String words = adjustmentClass.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}

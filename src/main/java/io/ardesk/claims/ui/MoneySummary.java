package io.ardesk.claims.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.shared.ui.Formats;

/**
 * Where a claim's money went, as a two-column table of right-aligned amounts: billed
 * first, then what reduced it, then what is still owed by whom.
 */
final class MoneySummary extends Composite<Div> {

	MoneySummary(ClaimDetail claim) {
		Div table = getContent();
		table.setId("money-summary");
		table.getStyle()
			.set("display", "grid")
			.set("grid-template-columns", "auto auto")
			.set("column-gap", "var(--lumo-space-xl, 2.5rem)")
			.set("row-gap", "var(--lumo-space-xs, 0.25rem)")
			.set("width", "fit-content")
			.set("padding", "var(--lumo-space-m, 1rem)")
			.set("border", "1px solid var(--lumo-contrast-10pct, rgba(0, 0, 0, 0.1))")
			.set("border-radius", "var(--lumo-border-radius-l, 0.75rem)");
		row("Billed", claim.billed(), false);
		row("Payer paid", claim.payerPaid(), false);
		row("Patient paid", claim.patientPaid(), false);
		row("Contractual adjustments", claim.contractual(), false);
		row("Other adjustments", claim.otherAdjusted(), false);
		row("Written off", claim.writtenOff(), false);
		row("Denied (open)", claim.deniedOpen(), false);
		if (claim.awaitingNextPayer().signum() != 0) {
			row("Awaiting next payer", claim.awaitingNextPayer(), false);
		}
		row((claim.insuranceBalance().signum() < 0) ? "Insurance credit (owed back)" : "Insurance balance",
				claim.insuranceBalance(), true);
		row((claim.patientBalance().signum() < 0) ? "Patient credit (owed back)" : "Patient balance",
				claim.patientBalance(), true);
	}

	private void row(String label, BigDecimal amount, boolean balance) {
		Span caption = new Span(label);
		Span figure = new Span(Formats.money(amount));
		figure.getStyle().set("text-align", "right").set("font-variant-numeric", "tabular-nums");
		if (balance) {
			// What is still owed is what the specialist works: make it stand out.
			caption.getStyle().set("font-weight", "600");
			figure.getStyle().set("font-weight", "600");
		}
		else {
			caption.getStyle().set("color", "var(--lumo-secondary-text-color, #5c6470)");
		}
		getContent().add(caption, figure);
	}

}

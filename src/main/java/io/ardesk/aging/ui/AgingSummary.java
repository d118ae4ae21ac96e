package io.ardesk.aging.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;

import io.ardesk.aging.AgingReport;
import io.ardesk.aging.AgingSnapshot;
import org.jspecify.annotations.Nullable;
import io.ardesk.aging.AgingTotals;
import io.ardesk.aging.BucketShare;
import io.ardesk.aging.AgingBucket;
import io.ardesk.claims.ResponsibleParty;
import io.ardesk.shared.ui.Formats;

/**
 * Cards with what insurance and patients owe per bucket; a card with claims opens them.
 */
class AgingSummary extends VerticalLayout {

	private final BiConsumer<ResponsibleParty, AgingBucket> onBucketClicked;

	AgingSummary(BiConsumer<ResponsibleParty, AgingBucket> onBucketClicked) {
		this.onBucketClicked = onBucketClicked;
		setPadding(false);
		setSpacing(false);
	}

	void show(AgingReport report, @Nullable AgingSnapshot weekBefore) {
		removeAll();
		add(party("Insurance", report.insurance(), weekBefore), party("Patient", report.patient(), weekBefore),
				credits(report));
	}

	/**
	 * Money owed back, on its own line: never netted against what is owed, shown even
	 * when there is none so that its absence is a fact too.
	 */
	private Div credits(AgingReport report) {
		FlexLayout cards = new FlexLayout();
		cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		cards.getStyle().set("gap", "var(--lumo-space-s, 0.5rem)");
		cards.setId("aging-credits");
		cards.add(
				card("Owed back to payers", Formats.money(report.credits().insurance().amount()),
						report.credits().insurance().claims() + " claims"),
				card("Owed back to patients", Formats.money(report.credits().patient().amount()),
						report.credits().patient().claims() + " claims"));
		H4 heading = new H4("Credit balances");
		heading.getStyle().set("margin", "var(--lumo-space-s, 0.5rem) 0");
		Anchor list = new Anchor("claims/credit-balances", "Review credit balances");
		return new Div(heading, cards, list);
	}

	private Div party(String title, AgingTotals totals, @Nullable AgingSnapshot weekBefore) {
		FlexLayout cards = new FlexLayout();
		cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		cards.getStyle().set("gap", "var(--lumo-space-s, 0.5rem)");
		for (BucketShare share : totals.buckets()) {
			Div card = card(share.bucket().label() + " days", Formats.money(share.amount()),
					share.claims() + " claims · " + Formats.percent(share.percent())
							+ movement(share.amount(),
									(weekBefore != null) ? weekBefore.amount(totals.owedBy(), share.bucket()) : null,
									weekBefore));
			if (share.claims() > 0) {
				card.getStyle().set("cursor", "pointer");
				card.setTitle("Show these claims");
				card.addClickListener((click) -> this.onBucketClicked.accept(totals.owedBy(), share.bucket()));
			}
			cards.add(card);
		}
		Div total = card("Total", Formats.money(totals.total()), totals.claims() + " claims" + movement(totals.total(),
				(weekBefore != null) ? weekBefore.total(totals.owedBy()) : null, weekBefore));
		total.getStyle().set("background", "var(--lumo-contrast-5pct, rgba(0, 0, 0, 0.04))");
		cards.add(total);
		H4 heading = new H4(title + " balances");
		heading.getStyle().set("margin", "var(--lumo-space-s, 0.5rem) 0");
		return new Div(heading, cards);
	}

	/** "▲ $120.00 since 11/15/2026", or nothing without an earlier snapshot. */
	static String movement(BigDecimal now, @Nullable BigDecimal before, @Nullable AgingSnapshot snapshot) {
		if (before == null || snapshot == null) {
			return "";
		}
		BigDecimal change = now.subtract(before);
		String arrow = (change.signum() > 0) ? "▲ " : (change.signum() < 0) ? "▼ " : "= ";
		return " · " + arrow + Formats.money(change.abs()) + " since " + Formats.date(snapshot.asOf());
	}

	private static Div card(String label, String amount, String detail) {
		Span caption = new Span(label);
		caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		Span figure = new Span(amount);
		figure.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
		Span small = new Span(detail);
		small.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
		Div card = new Div(caption, new Div(figure), small);
		card.getStyle()
			.set("padding", "var(--lumo-space-s, 0.5rem) var(--lumo-space-m, 1rem)")
			.set("border", "1px solid var(--lumo-contrast-10pct, rgba(0, 0, 0, 0.12))")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("min-width", "9em")
			.set("text-align", "right");
		return card;
	}

}

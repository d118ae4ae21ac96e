package io.ardesk.aging.ui;

import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.ardesk.aging.ClaimInBucket;
import io.ardesk.shared.ui.Formats;

import org.springframework.web.util.UriUtils;

/** The claims behind the figure last clicked, each linking to its claim page. */
class ClaimDrillDown extends VerticalLayout {

	static final int LIMIT = 200;

	private final H3 title = new H3();

	private final Span note = new Span();

	private final Grid<ClaimInBucket> claims = new Grid<>();

	ClaimDrillDown() {
		setPadding(false);
		setVisible(false);
		this.claims.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.claims.setAllRowsVisible(true);
		this.claims.addComponentColumn(ClaimDrillDown::link).setHeader("Claim").setAutoWidth(true);
		this.claims.addColumn(ClaimInBucket::payer).setHeader("Payer").setFlexGrow(2);
		this.claims.addColumn(ClaimInBucket::ageDays).setHeader("Age (days)").setTextAlign(ColumnTextAlign.END);
		this.claims.addColumn((claim) -> Formats.money(claim.balance()))
			.setHeader("Balance")
			.setTextAlign(ColumnTextAlign.END);
		this.note.getStyle().set("color", "var(--lumo-secondary-text-color)");
		add(this.title, this.note, this.claims);
	}

	void show(String heading, List<ClaimInBucket> found) {
		this.title.setText(heading);
		this.note.setText((found.size() >= LIMIT) ? "The " + LIMIT + " oldest claims are shown."
				: found.size() + ((found.size() == 1) ? " claim" : " claims"));
		this.claims.setItems(found);
		setVisible(true);
	}

	void clear() {
		setVisible(false);
		this.claims.setItems(List.of());
	}

	private static Anchor link(ClaimInBucket claim) {
		// Claim numbers come from practice systems and may hold any character.
		return new Anchor("claims/" + UriUtils.encodePathSegment(claim.claimNumber(), "UTF-8"), claim.claimNumber());
	}

}

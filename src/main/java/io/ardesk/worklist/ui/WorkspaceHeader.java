package io.ardesk.worklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.ardesk.claims.ClaimDetail;
import io.ardesk.shared.ui.Formats;
import io.ardesk.worklist.WorkspaceState;

/** The facts a specialist needs before calling the payer, in one glance. */
class WorkspaceHeader extends Div {

	/**
	 * @param internal whether to show owner, score and reasons (the firm's workflow,
	 * never shown to the practice)
	 */
	WorkspaceHeader(ClaimDetail claim, WorkspaceState state, boolean internal, boolean highValue) {
		setId("workspace-facts");
		getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l, 1.5rem)");
		add(fact("Status", new Span(claim.status().label())),
				fact("Payer", new Span(claim.payer().name() + " (" + claim.responsibility() + ")")),
				money("Billed", Formats.money(claim.billed())),
				money("Insurance balance", Formats.money(claim.insuranceBalance())),
				money("Patient balance", Formats.money(claim.patientBalance())),
				fact("Work status", new Span(state.workStatus().label())),
				fact("Next action", new Span(Formats.date(state.nextActionDate()))), fact("Deadline", deadline(state)));
		if (highValue) {
			Span flag = new Span("High-value");
			flag.setId("workspace-high-value");
			flag.getElement().getThemeList().add("badge contrast");
			add(fact("Flag", flag));
		}
		if (!internal) {
			return;
		}
		Div owner = fact("Owner", new Span((state.owner() != null) ? state.owner() : "Unassigned"));
		owner.setId("workspace-owner");
		add(owner, fact("Score", new Span(state.score().toPlainString())));
		Div reasons = fact("Why it is in the queue", new Span(String.join(" · ", state.reasons())));
		reasons.setId("workspace-reasons");
		reasons.getStyle().set("flex-basis", "100%");
		add(reasons);
	}

	private static Span deadline(WorkspaceState state) {
		if (state.deadline() == null) {
			return new Span("None");
		}
		Span text = WorkFormats.deadlineBadge(state.deadline());
		text.setText(WorkFormats.deadline(state.deadline()) + " (" + Formats.date(state.deadline().date()) + ")");
		return text;
	}

	private static Div money(String label, String amount) {
		Div fact = fact(label, new Span(amount));
		fact.getStyle().set("text-align", "right");
		return fact;
	}

	private static Div fact(String label, Component value) {
		Span caption = new Span(label);
		caption.getStyle()
			.set("color", "var(--lumo-secondary-text-color, #5c6470)")
			.set("font-size", "var(--lumo-font-size-s, 0.875rem)");
		return new Div(caption, new Div(value));
	}

}

package io.ardesk.review.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.documents.InboxRequest;
import io.ardesk.review.AgingMovement;
import io.ardesk.review.BucketChange;
import io.ardesk.review.OpenEscalation;
import io.ardesk.review.PayerTrend;
import io.ardesk.review.RollRate;
import io.ardesk.shared.ui.Formats;
import io.ardesk.trends.TrendIssue;
import io.ardesk.worklist.HighValueFlags.HighValueClaim;
import io.ardesk.worklist.HighValueFlags.HighValueClaims;
import io.ardesk.worklist.QueueSignals.DeadlineAhead;

/** The dense grids of the weekly review, each with its heading, count and empty state. */
final class ReviewGrids {

	private ReviewGrids() {
	}

	static Component aging(AgingMovement aging) {
		Grid<BucketChange> grid = grid("review-aging");
		grid.addColumn(BucketChange::label).setHeader("Bucket").setFooter("Total");
		money(grid, BucketChange::lastWeek, "A/R " + Formats.date(aging.lastWeekEnd()))
			.setFooter(Formats.money(aging.totalLastWeek()));
		money(grid, BucketChange::thisWeek, "A/R " + Formats.date(aging.weekEnd()))
			.setFooter(Formats.money(aging.totalThisWeek()));
		grid.addColumn((b) -> signedMoney(b.change()))
			.setHeader("Change")
			.setTextAlign(ColumnTextAlign.END)
			.setFooter(signedMoney(aging.totalChange()));
		grid.setItems(aging.buckets());
		return section("Aging distribution", "insurance and patient A/R owed at each week's end", grid);
	}

	static Component rolls(AgingMovement aging) {
		Grid<RollRate> grid = grid("review-rolls");
		grid.addColumn(RollRate::label).setHeader("Roll");
		money(grid, RollRate::lastWeek, "In bucket last week");
		money(grid, RollRate::rolled, "Rolled on");
		grid.addColumn((r) -> (r.percent() != null) ? Formats.percent(r.percent()) : "—")
			.setHeader("Roll rate")
			.setTextAlign(ColumnTextAlign.END);
		grid.setItems(aging.rolls());
		RollRate watched = aging.roll60To90();
		Span callout = new Span(
				"60 → 90: " + Formats.money(aging.rolled60To90()) + " on " + Formats.count(aging.claimsRolled60To90())
						+ ((aging.claimsRolled60To90() == 1) ? " claim" : " claims") + " rolled from 61-90 into 91-120"
						+ ((watched.percent() != null)
								? " — " + Formats.percent(watched.percent()) + " of last week's 61-90"
								: " — 61-90 was empty last week"));
		callout.setId("review-roll-60-90");
		callout.addClassNames(LumoUtility.FontWeight.SEMIBOLD,
				(aging.rolled60To90().signum() > 0) ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SUCCESS);
		Div body = new Div(callout, grid);
		return section("Roll rates", "share of last week's bucket that rolled into the next older one", body);
	}

	static Component highValue(HighValueClaims claims) {
		Grid<HighValueClaim> grid = grid("review-high-value");
		grid.addColumn(HighValueClaim::claimNumber).setHeader("Claim");
		grid.addColumn(HighValueClaim::payer).setHeader("Payer").setTooltipGenerator(HighValueClaim::payer);
		money(grid, HighValueClaim::balance, "Balance");
		grid.addColumn(ReviewGrids::why).setHeader("Why");
		grid.addColumn((c) -> (c.owner() != null) ? c.owner() : "unassigned").setHeader("Owner");
		grid.setItems(claims.largest());
		String count = Formats.count(claims.count()) + " open, " + Formats.money(claims.balance())
				+ ((claims.count() > claims.largest().size()) ? " — the largest " + claims.largest().size() + " listed"
						: "");
		return section("High-value and client-flagged claims", count,
				claims.largest().isEmpty() ? empty("No open high-value or client-flagged claims.") : grid);
	}

	static Component deadlines(List<DeadlineAhead> deadlines) {
		Grid<DeadlineAhead> grid = grid("review-deadlines");
		grid.addColumn(DeadlineAhead::claimNumber).setHeader("Claim");
		grid.addColumn((d) -> d.deadline().kind().label()).setHeader("Deadline");
		grid.addColumn((d) -> Formats.date(d.deadline().date())).setHeader("Date");
		grid.addColumn((d) -> d.deadline().daysLeft()).setHeader("Days left").setTextAlign(ColumnTextAlign.END);
		money(grid, DeadlineAhead::balance, "Balance");
		grid.addColumn((d) -> (d.owner() != null) ? d.owner() : "unassigned").setHeader("Owner");
		grid.setItems(deadlines);
		return section("Deadlines within 14 days", Formats.count(deadlines.size()) + " timely filing or appeal",
				deadlines.isEmpty() ? empty("No timely-filing or appeal deadline in the next 14 days.") : grid);
	}

	static Component payers(List<PayerTrend> trends) {
		Grid<PayerTrend> grid = grid("review-payers");
		grid.addColumn(PayerTrend::payer).setHeader("Payer").setTooltipGenerator(PayerTrend::payer).setFlexGrow(2);
		money(grid, PayerTrend::openLastWeek, "Insurance A/R last week");
		money(grid, PayerTrend::openThisWeek, "Insurance A/R this week");
		grid.addColumn((t) -> signedMoney(t.openChange())).setHeader("Change").setTextAlign(ColumnTextAlign.END);
		money(grid, PayerTrend::deniedLastWeek, "Denied last week");
		money(grid, PayerTrend::deniedThisWeek, "Denied this week");
		grid.addColumn((t) -> signedMoney(t.deniedChange())).setHeader("Change").setTextAlign(ColumnTextAlign.END);
		grid.getColumns().stream().skip(1).forEach((column) -> column.setAutoWidth(true));
		grid.setItems(trends);
		return section("Payer trends", "payers whose open insurance A/R or denied dollars rose most week over week",
				trends.isEmpty() ? empty("No payer's open A/R or denials rose this week.") : grid);
	}

	static Component trendIssues(List<TrendIssue> issues) {
		Grid<TrendIssue> grid = grid("review-trend-issues");
		grid.addColumn(TrendIssue::what).setHeader("Issue").setTooltipGenerator(TrendIssue::what).setFlexGrow(3);
		grid.addColumn((t) -> t.status().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT))
			.setHeader("Status");
		grid.addColumn((t) -> (t.owner() != null) ? t.owner() : "unassigned").setHeader("Owner");
		grid.addColumn((t) -> Formats.date(t.dueDate())).setHeader("Due");
		money(grid, TrendIssue::atStake, "At stake");
		grid.setItems(issues);
		return section("Open trend issues", Formats.count(issues.size()) + " open",
				issues.isEmpty() ? empty("No open trend issues.") : grid);
	}

	static Component escalations(List<OpenEscalation> escalations, ZoneId zone) {
		Grid<OpenEscalation> grid = grid("review-escalations");
		grid.addColumn((e) -> e.escalation().claimNumber()).setHeader("Claim");
		grid.addColumn((e) -> e.escalation().status().label()).setHeader("Status");
		grid.addColumn((e) -> e.escalation().reason().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT))
			.setHeader("Reason");
		grid.addColumn((e) -> Formats.dateTime(e.escalation().raisedAt(), zone)).setHeader("Raised");
		grid.addColumn((e) -> Formats.dateTime(e.escalation().resolveBy(), zone)).setHeader("Resolve by");
		grid.addComponentColumn((e) -> {
			Span state = new Span(e.sla().label());
			state.getElement()
				.getThemeList()
				.add("badge " + ((e.sla() == io.ardesk.review.SlaState.ON_TIME) ? "success" : "error"));
			return state;
		}).setHeader("SLA");
		grid.setItems(escalations);
		return section("Open escalations", Formats.count(escalations.size()) + " open",
				escalations.isEmpty() ? empty("No open escalations.") : grid);
	}

	static Component blockers(List<InboxRequest> requests) {
		Grid<InboxRequest> grid = grid("review-blockers");
		grid.addColumn(InboxRequest::claimNumber).setHeader("Claim");
		grid.addColumn(InboxRequest::whatIsNeeded)
			.setHeader("Waiting for")
			.setTooltipGenerator(InboxRequest::whatIsNeeded)
			.setFlexGrow(3);
		grid.addColumn((r) -> Formats.date(r.dueDate())).setHeader("Due");
		grid.addColumn((r) -> r.ageDays() + " days").setHeader("Age").setTextAlign(ColumnTextAlign.END);
		grid.addColumn((r) -> r.overdue() ? "overdue" : "").setHeader("");
		grid.setItems(requests);
		return section("Blockers waiting on the practice", Formats.count(requests.size()) + " open document requests",
				requests.isEmpty() ? empty("Nothing waits on the practice.") : grid);
	}

	static <T> Grid<T> grid(String id) {
		Grid<T> grid = new Grid<>();
		grid.setId(id);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		return grid;
	}

	static <T> Grid.Column<T> money(Grid<T> grid, ValueProvider<T, BigDecimal> amount, String header) {
		return grid.addColumn((t) -> Formats.money(amount.apply(t)))
			.setHeader(header)
			.setTextAlign(ColumnTextAlign.END);
	}

	static String signedMoney(BigDecimal amount) {
		return ((amount.signum() > 0) ? "+" : "") + Formats.money(amount);
	}

	static Component section(String title, String subtitle, Component body) {
		H3 heading = new H3(title);
		heading.addClassNames(LumoUtility.Margin.Bottom.NONE, LumoUtility.Margin.Top.MEDIUM);
		Span detail = new Span(subtitle);
		detail.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		Div section = new Div(heading, detail, body);
		section.setWidthFull();
		section.addClassNames(LumoUtility.Margin.Bottom.SMALL);
		return section;
	}

	static Paragraph empty(String text) {
		Paragraph empty = new Paragraph(text);
		empty.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
		return empty;
	}

	private static String why(HighValueClaim claim) {
		List<String> why = new java.util.ArrayList<>();
		if (claim.flaggedHighValue()) {
			why.add("flagged high-value");
		}
		if (claim.flaggedByClient()) {
			why.add("flagged by the client");
		}
		return why.isEmpty() ? "over the threshold" : String.join(", ", why);
	}

}

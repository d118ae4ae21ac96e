package io.ardesk.review.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.ardesk.portal.ActiveClient;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.review.WeeklyReview;
import io.ardesk.review.WeeklyReviews;
import io.ardesk.shared.problem.DomainException;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientSummary;
import jakarta.annotation.security.RolesAllowed;

/**
 * The weekly A/R review of the active client: for a completed week (the last one unless
 * chosen), how aging moved and rolled, the claims and deadlines to watch, payer trends,
 * trend issues, escalations, what waits on the practice, and the week's decisions and
 * action items.
 */
@Route("review/:week?")
@PageTitle("Weekly review · ARdesk")
@Menu(order = 4, title = "Weekly review", icon = "CALENDAR_CLOCK")
@RolesAllowed({ "FIRM_ADMIN", "ACCOUNT_MANAGER", "AR_SPECIALIST" })
public class WeeklyReviewView extends VerticalLayout implements BeforeEnterObserver {

	static final int WEEKS_OFFERED = 12;

	private final ActiveClient activeClient;

	private final WeeklyReviews reviews;

	private final ClientDirectory directory;

	public WeeklyReviewView(ActiveClient activeClient, WeeklyReviews reviews, ClientDirectory directory) {
		this.activeClient = activeClient;
		this.reviews = reviews;
		this.directory = directory;
		setPadding(true);
		setSpacing(false);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		ClientSummary client = this.activeClient.current().orElse(null);
		if (client == null) {
			add(new H2("No client yet"), new Paragraph("You are not assigned to any client practice."));
			return;
		}
		ReportPeriod latest = this.reviews.latestWeek(client.id());
		ReportPeriod week = latest;
		String asked = event.getRouteParameters().get("week").orElse(null);
		if (asked != null) {
			try {
				week = ReportPeriod.week(asked);
			}
			catch (DomainException ex) {
				add(new H2("Weekly review · " + client.name()), ReviewGrids.empty(ex.getMessage()));
				return;
			}
		}
		add(header(client, week, latest));
		try {
			show(client, this.reviews.review(client.id(), week));
		}
		catch (DomainException ex) {
			add(ReviewGrids.empty(ex.getMessage()));
		}
	}

	private HorizontalLayout header(ClientSummary client, ReportPeriod week, ReportPeriod latest) {
		H2 title = new H2("Weekly review · " + client.name());
		title.addClassNames(LumoUtility.Margin.Vertical.NONE);
		List<ReportPeriod> weeks = new ArrayList<>();
		for (int i = 0; i < WEEKS_OFFERED; i++) {
			weeks.add(ReportPeriod.ofWeek(latest.from().minusWeeks(i)));
		}
		if (!weeks.contains(week)) {
			weeks.add(week);
		}
		Select<ReportPeriod> select = new Select<>();
		select.setId("review-week");
		select.setAriaLabel("Week under review");
		select.setItems(weeks);
		select.setItemLabelGenerator(
				(p) -> p.title() + " (" + Formats.date(p.from()) + " – " + Formats.date(p.to()) + ")");
		select.setValue(week);
		select.setWidth("25em");
		select.addValueChangeListener((change) -> {
			if (change.isFromClient() && change.getValue() != null) {
				getUI().ifPresent((ui) -> ui.navigate(WeeklyReviewView.class,
						new RouteParameters("week", change.getValue().key())));
			}
		});
		HorizontalLayout header = new HorizontalLayout(title, select);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.setWidthFull();
		return header;
	}

	private void show(ClientSummary client, WeeklyReview review) {
		ZoneId zone = this.directory.find(client.id()).map((p) -> p.timeZone()).orElse(ZoneId.systemDefault());
		Paragraph intro = new Paragraph("Week " + review.week() + ", " + Formats.date(review.from()) + " – "
				+ Formats.date(review.to()) + ", compared with the week before. Claims, deadlines, trend issues, "
				+ "escalations and blockers are as they stand now.");
		intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
		HorizontalLayout agingRow = new HorizontalLayout(ReviewGrids.aging(review.aging()),
				ReviewGrids.rolls(review.aging()));
		agingRow.setWidthFull();
		add(intro, agingRow, ReviewGrids.highValue(review.highValue()), ReviewGrids.deadlines(review.deadlines()),
				ReviewGrids.payers(review.payerTrends()), ReviewGrids.trendIssues(review.trendIssues()),
				ReviewGrids.escalations(review.escalations(), zone), ReviewGrids.blockers(review.blockers()),
				new ReviewItemsPanel(this.reviews, client.id(), ReportPeriod.week(review.week()), zone,
						this.activeClient.mayChange(), review.items()));
	}

}

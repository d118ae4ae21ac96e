package io.ardesk.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.ardesk.reports.ReportPeriod;
import io.ardesk.review.AgingMovement;
import io.ardesk.review.BucketChange;
import io.ardesk.review.NewReviewItem;
import io.ardesk.review.ReviewItem;
import io.ardesk.review.ReviewItemChange;
import io.ardesk.review.ReviewItemKind;
import io.ardesk.review.ReviewSummary;
import io.ardesk.review.SlaState;
import io.ardesk.review.WeeklyReview;
import io.ardesk.review.WeeklyReviews;
import io.ardesk.security.ChangesClient;
import io.ardesk.security.ClientAccess;
import io.ardesk.security.ClientAccessDeniedException;
import io.ardesk.security.ClientTeam;
import io.ardesk.security.CurrentUser;
import io.ardesk.security.ReadsClient;
import io.ardesk.security.TeamMember;
import io.ardesk.shared.problem.ConflictException;
import io.ardesk.shared.problem.NotFoundException;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.ClientDirectory;
import io.ardesk.tenancy.ClientId;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.tenancy.ClientSummary;
import io.ardesk.tenancy.UnknownClientException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The weekly reviews: figures from their modules, items in the client's schema. */
@Service
class WeeklyReviewService implements WeeklyReviews {

	private final ClientDirectory directory;

	private final ClientAccess access;

	private final ClientTeam team;

	private final ReviewFigures figures;

	private final ReviewItemStore items;

	private final Clock clock;

	private final ObjectProvider<WeeklyReviews> self;

	WeeklyReviewService(ClientDirectory directory, ClientAccess access, ClientTeam team, ReviewFigures figures,
			ReviewItemStore items, Clock clock, ObjectProvider<WeeklyReviews> self) {
		this.self = self;
		this.directory = directory;
		this.access = access;
		this.team = team;
		this.figures = figures;
		this.items = items;
		this.clock = clock;
	}

	@Override
	@ReadsClient
	public ReportPeriod latestWeek(ClientId client) {
		return latest(profile(client));
	}

	@Override
	@ReadsClient
	@Transactional(readOnly = true)
	public WeeklyReview review(ClientId client, ReportPeriod week) {
		staff();
		ClientProfile profile = profile(client);
		ended(profile, week);
		return this.figures.review(profile, week, this.clock.instant(), this.items.shownIn(week));
	}

	@Override
	public List<ReviewSummary> summaries(@Nullable ReportPeriod week) {
		CurrentUser user = staff();
		// Through the proxy, so that each client is checked and bound on its own.
		WeeklyReviews reviews = this.self.getObject();
		List<ReviewSummary> lines = new ArrayList<>();
		for (ClientSummary client : user.clients()) {
			ReportPeriod period = (week != null) ? week : reviews.latestWeek(client.id());
			lines.add(summary(reviews.review(client.id(), period)));
		}
		lines.sort(Comparator.comparing(ReviewSummary::clientName));
		return lines;
	}

	static ReviewSummary summary(WeeklyReview review) {
		AgingMovement aging = review.aging();
		return new ReviewSummary(review.clientId(), review.clientName(), review.week(), aging.totalThisWeek(),
				aging.totalChange(), over90(aging), aging.roll60To90().percent(), review.highValue().count(),
				review.deadlines().size(), review.escalations().size(),
				(int) review.escalations().stream().filter((e) -> e.sla() != SlaState.ON_TIME).count(),
				review.blockers().size(),
				(int) review.items().stream().filter((i) -> i.kind() == ReviewItemKind.ACTION && !i.done()).count());
	}

	@Override
	@ChangesClient
	@Transactional
	public ReviewItem add(ClientId client, ReportPeriod week, NewReviewItem item) {
		CurrentUser user = staff();
		ClientProfile profile = profile(client);
		ended(profile, week);
		String text = ReviewInputs.text(item.text());
		String owner = owner(client, item.ownerUserId());
		LocalDate due = ReviewInputs.due(item.due());
		long id = this.items.insert(week, item.kind(), text, owner, due, user.username(), this.clock.instant());
		return this.items.shownIn(week, id).orElseThrow();
	}

	@Override
	@ChangesClient
	@Transactional
	public ReviewItem change(ClientId client, ReportPeriod week, long itemId, ReviewItemChange change) {
		CurrentUser user = staff();
		ReviewItem item = this.items.shownIn(week, itemId)
			.orElseThrow(() -> new NotFoundException("The review of " + week.key() + " has no item " + itemId + "."));
		String text = (change.text() != null) ? ReviewInputs.text(change.text()) : item.text();
		String owner = (change.ownerUserId() != null) ? owner(client, change.ownerUserId()) : item.owner();
		LocalDate due = (change.due() != null) ? ReviewInputs.due(change.due()) : item.due();
		boolean done = (change.done() != null) ? change.done() : item.done();
		String doneBy = done ? ((item.done()) ? item.doneBy() : user.username()) : null;
		Instant doneAt = done ? ((item.done()) ? item.doneAt() : this.clock.instant()) : null;
		if (!this.items.update(itemId, change.version(), text, owner, due, doneBy, doneAt)) {
			throw new ConflictException("version", "Someone changed this item meanwhile (version " + item.version()
					+ ", yours " + change.version() + "): reload the review and try again.");
		}
		return this.items.shownIn(ReportPeriod.week(item.week()), itemId).orElseThrow();
	}

	@Override
	@ReadsClient
	public List<String> possibleOwners(ClientId client) {
		return this.team.staff().stream().filter((m) -> m.works(client)).map(TeamMember::username).sorted().toList();
	}

	private String owner(ClientId client, @Nullable String username) {
		String name = (username != null) ? username.strip() : "";
		if (name.isEmpty()) {
			throw new RuleViolationException("ownerUserId", "Name the staff member who owns the item.");
		}
		if (!possibleOwners(client).contains(name)) {
			throw new RuleViolationException("ownerUserId",
					"'" + name + "' is not a staff member working this client.");
		}
		return name;
	}

	private CurrentUser staff() {
		CurrentUser user = this.access.currentUser()
			.orElseThrow(() -> new ClientAccessDeniedException("Sign in to read the weekly review"));
		if (!user.role().isStaff()) {
			throw new ClientAccessDeniedException("The weekly review is the firm's own page");
		}
		return user;
	}

	private void ended(ClientProfile client, ReportPeriod week) {
		if (!week.to().isBefore(today(client))) {
			throw new RuleViolationException("week", "Week " + week.key()
					+ " has not ended yet: review a completed week, such as " + latest(client).key() + ".");
		}
	}

	private ReportPeriod latest(ClientProfile client) {
		return ReportPeriod.ofWeek(today(client).minusDays(7));
	}

	private LocalDate today(ClientProfile client) {
		return LocalDate.now(this.clock.withZone(client.timeZone()));
	}

	private static java.math.BigDecimal over90(AgingMovement aging) {
		return aging.buckets()
			.stream()
			.filter((b) -> b.bucket().fromDays() > 90)
			.map(BucketChange::change)
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
	}

	private ClientProfile profile(ClientId client) {
		return this.directory.find(client).orElseThrow(() -> new UnknownClientException(client));
	}

}

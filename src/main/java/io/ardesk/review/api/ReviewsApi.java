package io.ardesk.review.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.ardesk.portal.ApiClientIds;
import io.ardesk.reports.ReportPeriod;
import io.ardesk.review.NewReviewItem;
import io.ardesk.review.ReviewItem;
import io.ardesk.review.ReviewItemChange;
import io.ardesk.review.ReviewItemKind;
import io.ardesk.review.ReviewSummary;
import io.ardesk.review.WeeklyReview;
import io.ardesk.review.WeeklyReviews;
import io.ardesk.shared.problem.RuleViolationException;
import io.ardesk.tenancy.ClientId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The weekly A/R review for the firm's staff: one client's review of a week (ISO week
 * {@code YYYY-Www} or {@code latest}), its decisions and action items, and the headline
 * lines across the caller's clients. A practice's viewer gets 403.
 */
@RestController
class ReviewsApi {

	private final WeeklyReviews reviews;

	ReviewsApi(WeeklyReviews reviews) {
		this.reviews = reviews;
	}

	/** A new item as posted; every field is checked by name (422). */
	record NewItem(@Nullable String kind, @Nullable String text, @Nullable String ownerUserId, @Nullable String due) {
	}

	/** A change as patched; fields left out stay; {@code version} is required. */
	record Change(@Nullable Boolean done, @Nullable String text, @Nullable String ownerUserId, @Nullable String due,
			@Nullable Long version) {
	}

	@GetMapping("/api/v1/clients/{clientId}/reviews/{week}")
	WeeklyReview review(@PathVariable String clientId, @PathVariable String week) {
		ClientId client = ApiClientIds.parse(clientId);
		return this.reviews.review(client, period(client, week));
	}

	@GetMapping("/api/v1/reviews")
	List<ReviewSummary> summaries(@RequestParam(required = false) @Nullable String week) {
		return this.reviews.summaries((week == null || week.isBlank()) ? null : ReportPeriod.week(week));
	}

	@PostMapping("/api/v1/clients/{clientId}/reviews/{week}/items")
	@ResponseStatus(HttpStatus.CREATED)
	ReviewItem add(@PathVariable String clientId, @PathVariable String week, @RequestBody NewItem item) {
		ClientId client = ApiClientIds.parse(clientId);
		if (item.kind() == null || item.kind().isBlank()) {
			throw new RuleViolationException("kind", "Say whether it is a DECISION or an ACTION.");
		}
		ReviewItemKind kind;
		try {
			kind = ReviewItemKind.valueOf(item.kind().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("kind", "The kind is DECISION or ACTION, not '" + item.kind() + "'.");
		}
		LocalDate due = date(item.due());
		if (due == null) {
			throw new RuleViolationException("due", "Give the date the item is due, as YYYY-MM-DD.");
		}
		return this.reviews.add(client, period(client, week), new NewReviewItem(kind,
				(item.text() != null) ? item.text() : "", (item.ownerUserId() != null) ? item.ownerUserId() : "", due));
	}

	@PatchMapping("/api/v1/clients/{clientId}/reviews/{week}/items/{id}")
	ReviewItem change(@PathVariable String clientId, @PathVariable String week, @PathVariable long id,
			@RequestBody Change change) {
		ClientId client = ApiClientIds.parse(clientId);
		if (change.version() == null) {
			throw new RuleViolationException("version", "Send the version of the item you changed.");
		}
		return this.reviews.change(client, period(client, week), id, new ReviewItemChange(change.done(), change.text(),
				change.ownerUserId(), date(change.due()), change.version()));
	}

	private ReportPeriod period(ClientId client, String week) {
		return "latest".equalsIgnoreCase(week.strip()) ? this.reviews.latestWeek(client) : ReportPeriod.week(week);
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolationException("due", "Write the due date as YYYY-MM-DD, not '" + value + "'.");
		}
	}

}

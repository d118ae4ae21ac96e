package io.ardesk.reminders.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import io.ardesk.notifications.NotificationKind;
import io.ardesk.notifications.NotificationRequest;
import io.ardesk.shared.ui.Formats;
import io.ardesk.tenancy.ClientProfile;
import io.ardesk.worklist.NoResponseClaims;
import io.ardesk.worklist.WorkDigestQueries.UpcomingDeadline;

/**
 * The notifications of a batch of announced claims: one per recipient, naming the claim
 * when it is one, else listing the claims (claim numbers, dates and the client only: no
 * patient data). The idempotency key names the claim, or the batch's claims.
 */
final class ReminderMessages {

	/** Claims listed in one notification; the rest are counted. */
	static final int LISTED = 30;

	private ReminderMessages() {
	}

	static List<NotificationRequest> deadlines(ClientProfile profile, LocalDate today, int days,
			List<UpcomingDeadline> batch, ReminderRecipients.Team team) {
		String client = profile.id().value();
		List<UpcomingDeadline> byDate = batch.stream()
			.sorted(Comparator.comparing(UpcomingDeadline::date).thenComparing(UpcomingDeadline::claimNumber))
			.toList();
		List<NotificationRequest> requests = new ArrayList<>();
		perRecipient(byDate, (d) -> team.ownerAndManagers(d.owner())).forEach((user, deadlines) -> {
			if (deadlines.size() == 1) {
				UpcomingDeadline deadline = deadlines.getFirst();
				requests.add(new NotificationRequest(
						user, NotificationKind.DEADLINE_APPROACHING, "deadline:" + client + ":" + deadline.claimId()
								+ ":" + deadline.kind().name() + ":" + deadline.date() + ":" + user,
						profile.id(), deadline.claimNumber(), null,
						deadline.kind().label() + " deadline of claim " + deadline.claimNumber() + " (" + profile.name()
								+ ") on " + Formats.date(deadline.date()),
						left(today, deadline.date()) + " left to reach the payer."));
				return;
			}
			StringBuilder body = new StringBuilder();
			list(body, deadlines, (d) -> d.claimNumber() + ": " + d.kind().label().toLowerCase(Locale.ROOT)
					+ " deadline " + Formats.date(d.date()) + " (" + left(today, d.date()) + " left)");
			body.append("Reach the payer before the deadline: the claims are in the worklist of ")
				.append(profile.name())
				.append('.');
			requests.add(new NotificationRequest(user, NotificationKind.DEADLINE_APPROACHING,
					"deadlines:" + client + ":" + today + ":" + key(deadlines, UpcomingDeadline::claimId) + ":" + user,
					profile.id(), null, null, deadlines.size() + " claims of " + profile.name()
							+ " with a filing or appeal deadline within " + days + " days",
					body.toString()));
		});
		return requests;
	}

	static List<NotificationRequest> silent(ClientProfile profile, LocalDate today, List<NoResponseClaims.Silent> batch,
			ReminderRecipients.Team team) {
		String client = profile.id().value();
		List<NotificationRequest> requests = new ArrayList<>();
		perRecipient(batch, (s) -> team.ownerOrManagers(s.owner())).forEach((user, claims) -> {
			if (claims.size() == 1) {
				NoResponseClaims.Silent silent = claims.getFirst();
				requests.add(new NotificationRequest(user, NotificationKind.NO_RESPONSE,
						"no-response:" + client + ":" + silent.claimId() + ":" + silent.since() + ":" + user,
						profile.id(), silent.claimNumber(), null,
						"No response from the payer on claim " + silent.claimNumber() + " (" + profile.name() + ")",
						"Submitted " + Formats.date(silent.submittedOn()) + "; no remittance and no follow-up since "
								+ Formats.date(silent.since()) + ". Call the payer or check its portal."));
				return;
			}
			StringBuilder body = new StringBuilder();
			list(body, claims, (s) -> s.claimNumber() + ": submitted " + Formats.date(s.submittedOn())
					+ ", no answer by " + Formats.date(s.since()));
			body.append("No remittance and no follow-up: call the payer or check its portal. The claims are in the "
					+ "worklist of ")
				.append(profile.name())
				.append(" with the reason \"no response\".");
			requests.add(new NotificationRequest(user, NotificationKind.NO_RESPONSE,
					"no-responses:" + client + ":" + today + ":" + key(claims, NoResponseClaims.Silent::claimId) + ":"
							+ user,
					profile.id(), null, null,
					claims.size() + " claims of " + profile.name() + " with no response from the payer",
					body.toString()));
		});
		return requests;
	}

	private static <T> Map<String, List<T>> perRecipient(List<T> items, Function<T, List<String>> recipients) {
		Map<String, List<T>> byUser = new LinkedHashMap<>();
		for (T item : items) {
			for (String user : recipients.apply(item)) {
				byUser.computeIfAbsent(user, (u) -> new ArrayList<>()).add(item);
			}
		}
		return byUser;
	}

	private static <T> void list(StringBuilder body, List<T> items, Function<T, String> line) {
		items.stream().limit(LISTED).forEach((item) -> body.append(line.apply(item)).append('\n'));
		if (items.size() > LISTED) {
			body.append("… and ").append(items.size() - LISTED).append(" more.\n");
		}
		body.append('\n');
	}

	/**
	 * The batch's claims: the first and last id and the count (a batch is announced
	 * once).
	 */
	private static <T> String key(List<T> items, ToLongFunction<T> id) {
		long first = items.stream().mapToLong(id).min().orElse(0);
		long last = items.stream().mapToLong(id).max().orElse(0);
		return first + "-" + last + "-" + items.size();
	}

	private static String left(LocalDate today, LocalDate date) {
		long days = ChronoUnit.DAYS.between(today, date);
		return days + ((days == 1) ? " day" : " days");
	}

}
